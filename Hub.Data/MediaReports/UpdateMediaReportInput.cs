using Hub.Data.Model;
using Hub.Data.Writes;

namespace Hub.Data.MediaReports;

/// <summary>A change to a media report, as a patch. A report stays with its station.</summary>
public sealed record UpdateMediaReportInput(
    int Id,
    Patch<MediaKind?> Kind = default,
    Patch<string?> Outlet = default,
    Patch<string?> Title = default,
    Patch<string?> Author = default,
    Patch<DateOnly?> PublishedOn = default,
    Patch<int?> Year = default,
    Patch<int?> Count = default,
    Patch<string?> Url = default);

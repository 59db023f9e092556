using Hub.Data.Model;

namespace Hub.Data.MediaReports;

/// <summary>
/// A published article or video about a station, or a tally of them (<see cref="Count"/> items, 1 when left out, an outlet took in
/// <see cref="Year"/>), with the <see cref="Url"/> a reader finds it at.
/// </summary>
public sealed record CreateMediaReportInput(
    int StationId,
    MediaKind Kind,
    string? Outlet = null,
    string? Title = null,
    string? Author = null,
    DateOnly? PublishedOn = null,
    int? Year = null,
    int? Count = null,
    string? Url = null);

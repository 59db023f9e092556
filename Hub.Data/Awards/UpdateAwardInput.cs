using Hub.Data.Writes;

namespace Hub.Data.Awards;

/// <summary>A change to an award, as a patch. An award stays with its station.</summary>
public sealed record UpdateAwardInput(
    int Id,
    Patch<string?> Title = default,
    Patch<int?> ProjectId = default,
    Patch<string?> Grade = default,
    Patch<string?> Grantor = default,
    Patch<DateOnly?> AwardedOn = default);

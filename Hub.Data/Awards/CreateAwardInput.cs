namespace Hub.Data.Awards;

/// <summary>An award (荣誉) a station received, or one of its projects.</summary>
public sealed record CreateAwardInput(
    string Title,
    int StationId,
    int? ProjectId = null,
    string? Grade = null,
    string? Grantor = null,
    DateOnly? AwardedOn = null);

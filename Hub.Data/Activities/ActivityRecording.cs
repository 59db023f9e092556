using Hub.Data.Model;

namespace Hub.Data.Activities;

/// <summary>An activity a station reports having run; ids are database ids.</summary>
public sealed record ActivityRecording(
    int StationId,
    ActivityKind Kind,
    string Title,
    DateOnly OccurredOn,
    int? ProjectId = null,
    string? Place = null,
    int? Participants = null,
    int? Volunteers = null,
    decimal? VolunteerHours = null,
    IReadOnlyList<int>? PartnerIds = null);

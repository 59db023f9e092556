namespace Hub.Data.VolunteerTeams;

/// <summary>A new volunteer team (志愿服务队) of a station, optionally of one of its communities.</summary>
public sealed record CreateVolunteerTeamInput(
    string Name,
    int StationId,
    int? CommunityId = null,
    string? Focus = null,
    int? Members = null,
    string? Founded = null);

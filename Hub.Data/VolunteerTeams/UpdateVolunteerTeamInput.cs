using Hub.Data.Writes;

namespace Hub.Data.VolunteerTeams;

/// <summary>A patch of a volunteer team; a team stays with its station.</summary>
public sealed record UpdateVolunteerTeamInput(
    int Id,
    Patch<string?> Name = default,
    Patch<int?> CommunityId = default,
    Patch<string?> Focus = default,
    Patch<int?> Members = default,
    Patch<string?> Founded = default);

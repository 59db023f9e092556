using Hub.Data.Model;

namespace Hub.Data.Contributions;

/// <summary>What one of a station's partners gave it, or one of its projects: one kind, its value in yuan when stated.</summary>
public sealed record CreateContributionInput(
    int StationId,
    int PartnerId,
    ContributionKinds Kind,
    int? ProjectId = null,
    decimal? Value = null,
    DateOnly? ContributedOn = null,
    string? Description = null);

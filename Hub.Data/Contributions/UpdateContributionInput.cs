using Hub.Data.Model;
using Hub.Data.Writes;

namespace Hub.Data.Contributions;

/// <summary>A patch of a contribution; a contribution stays with its station.</summary>
public sealed record UpdateContributionInput(
    int Id,
    Patch<int?> PartnerId = default,
    Patch<ContributionKinds?> Kind = default,
    Patch<int?> ProjectId = default,
    Patch<decimal?> Value = default,
    Patch<DateOnly?> ContributedOn = default,
    Patch<string?> Description = default);

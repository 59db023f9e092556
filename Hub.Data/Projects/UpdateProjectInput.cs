using Hub.Data.Model;
using Hub.Data.Writes;

namespace Hub.Data.Projects;

/// <summary>
/// A patch of a project. A project stays with its station (there is no stationId to send); <see cref="Components"/>
/// and <see cref="Results"/>, when sent, replace the whole list, and an explicit null empties it, as it does a flag set
/// or the communities.
/// </summary>
public sealed record UpdateProjectInput(
    int Id,
    Patch<string?> Name = default,
    Patch<ProjectKind?> Kind = default,
    Patch<int?> BrandId = default,
    Patch<string?> Summary = default,
    Patch<IReadOnlyList<TargetGroups>?> TargetGroups = default,
    Patch<IReadOnlyList<ServiceAreas>?> ServiceAreas = default,
    Patch<IReadOnlyList<ContributionKinds>?> SupportSought = default,
    Patch<IReadOnlyList<int>?> CommunityIds = default,
    Patch<DateOnly?> StartsOn = default,
    Patch<DateOnly?> EndsOn = default,
    Patch<decimal?> Funding = default,
    Patch<ProjectStatus?> Status = default,
    Patch<Visibility?> Visibility = default,
    Patch<IReadOnlyList<ProjectComponentInput>?> Components = default,
    Patch<IReadOnlyList<ProjectResultInput>?> Results = default);

using Hub.Data.Model;

namespace Hub.Data.Projects;

/// <summary>
/// A new project (服务项目) of a station. The flag sets come as lists of single flags, as the API shows them; a
/// component's <see cref="ProjectComponentInput.ParentName"/> names a component earlier in the same list.
/// </summary>
public sealed record CreateProjectInput(
    string Name,
    int StationId,
    ProjectKind Kind = ProjectKind.Project,
    int? BrandId = null,
    string? Summary = null,
    IReadOnlyList<TargetGroups>? TargetGroups = null,
    IReadOnlyList<ServiceAreas>? ServiceAreas = null,
    IReadOnlyList<ContributionKinds>? SupportSought = null,
    IReadOnlyList<int>? CommunityIds = null,
    DateOnly? StartsOn = null,
    DateOnly? EndsOn = null,
    decimal? Funding = null,
    ProjectStatus? Status = null,
    Visibility Visibility = Visibility.Public,
    IReadOnlyList<ProjectComponentInput>? Components = null,
    IReadOnlyList<ProjectResultInput>? Results = null);

using Hub.Data.Model;

namespace Hub.Schema.PublicProjects;

/// <summary>
/// What partner organisations see of a public project: no internal fields, no figures, nothing
/// about people. Projected straight from SQL (AutoMapper ProjectTo), so nothing else is read.
/// </summary>
public sealed record PublicProject
{
    public int Id { get; init; }
    public required string Name { get; init; }
    public string? Summary { get; init; }
    public int StationId { get; init; }
    public required string StationName { get; init; }
    public string? BrandName { get; init; }
    public string? DistrictName { get; init; }
    public string? DistrictCode { get; init; }
    public TargetGroups TargetGroups { get; init; }
    public ServiceAreas ServiceAreas { get; init; }
    public ContributionKinds SupportSought { get; init; }
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    public ProjectStatus? Status { get; init; }
}

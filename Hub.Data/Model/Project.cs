namespace Hub.Data.Model;

public class Project : ISeeded
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ProjectKind Kind { get; set; } = ProjectKind.Project;
    public int StationId { get; set; }
    public Station Station { get; set; } = null!;
    public int? BrandId { get; set; }
    public Brand? Brand { get; set; }
    public string? Summary { get; set; }
    public TargetGroups TargetGroups { get; set; }
    public ServiceAreas ServiceAreas { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    /// <summary>Funding in yuan.</summary>
    public decimal? Funding { get; set; }

    /// <summary>Kinds of support the project seeks from partners (shown in the public listing).</summary>
    public ContributionKinds SupportSought { get; set; }

    public ProjectStatus? Status { get; set; }
    public Visibility Visibility { get; set; } = Visibility.Public;
    public string? SeedFile { get; set; }

    /// <summary>Communities (社区/村) the project serves.</summary>
    public List<Region> Communities { get; set; } = [];

    public List<ProjectComponent> Components { get; set; } = [];
    public List<ProjectResult> Results { get; set; } = [];
}

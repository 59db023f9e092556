namespace Hub.Data.Model;

/// <summary>A named local service brand (e.g. 崔寨·青翠拾光) grouping a station's projects.</summary>
public class Brand : ISeeded
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int StationId { get; set; }
    public Station Station { get; set; } = null!;
    public DateOnly? LaunchedOn { get; set; }
    public string? Description { get; set; }
    public Visibility Visibility { get; set; } = Visibility.Public;
    public string? SeedFile { get; set; }
    public List<Project> Projects { get; set; } = [];
}

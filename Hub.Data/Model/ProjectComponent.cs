namespace Hub.Data.Model;

/// <summary>A block, sub-programme or group inside a project, as the project describes itself.</summary>
public class ProjectComponent : ISeeded
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public int? ParentId { get; set; }
    public ProjectComponent? Parent { get; set; }
    public required string Name { get; set; }
    public ProjectComponentKind Kind { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
    public string? SeedFile { get; set; }
}

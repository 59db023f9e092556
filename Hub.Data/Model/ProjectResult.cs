namespace Hub.Data.Model;

/// <summary>A goal of a project with its baseline, target and actual value.</summary>
public class ProjectResult : ISeeded
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public ResultKind Kind { get; set; }
    public required string Title { get; set; }
    public string? Unit { get; set; }
    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
    public decimal? Actual { get; set; }
    public string? SeedFile { get; set; }
}

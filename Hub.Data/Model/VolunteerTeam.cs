namespace Hub.Data.Model;

public class VolunteerTeam : ISeeded
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int StationId { get; set; }
    public Station Station { get; set; } = null!;

    /// <summary>The community the team belongs to, when the source names one.</summary>
    public int? RegionId { get; set; }
    public Region? Region { get; set; }

    public string? Focus { get; set; }
    public int? Members { get; set; }
    public string? Founded { get; set; }
    public string? SeedFile { get; set; }
}

namespace Hub.Data.Model;

/// <summary>A community fund (社区基金), usually set up with a foundation.</summary>
public class CommunityFund : ISeeded
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int StationId { get; set; }
    public Station Station { get; set; } = null!;
    public int? RegionId { get; set; }
    public Region? Region { get; set; }
    public int? FoundationId { get; set; }
    public ResourcePartner? Foundation { get; set; }
    public string? Founded { get; set; }
    public string? SeedFile { get; set; }
}

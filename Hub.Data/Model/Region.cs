namespace Hub.Data.Model;

public class Region : ISeeded
{
    public int Id { get; set; }

    /// <summary>The 12-digit statistical division code (2+2+2+3+3).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }
    public RegionLevel Level { get; set; }
    public int? ParentId { get; set; }
    public Region? Parent { get; set; }
    public List<Region> Children { get; set; } = [];
    public int? Population { get; set; }
    public int? Households { get; set; }
    public decimal? AreaKm2 { get; set; }
    public string? SeedFile { get; set; }
}

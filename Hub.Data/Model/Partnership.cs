namespace Hub.Data.Model;

/// <summary>A standing link between a station (or its operator's work there) and a resource partner.</summary>
public class Partnership : ISeeded
{
    public int Id { get; set; }
    public int StationId { get; set; }
    public Station Station { get; set; } = null!;
    public int PartnerId { get; set; }
    public ResourcePartner Partner { get; set; } = null!;
    public string? Description { get; set; }
    public string? SeedFile { get; set; }
}

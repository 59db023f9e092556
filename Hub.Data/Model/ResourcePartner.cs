namespace Hub.Data.Model;

/// <summary>An enterprise, shop, university, hospital, school, foundation, social organisation or government unit that lends resources to stations.</summary>
public class ResourcePartner : ISeeded
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public PartnerKind Kind { get; set; }
    public string? CreditCode { get; set; }
    public string? Description { get; set; }
    public int? RegionId { get; set; }
    public Region? Region { get; set; }
    public string? SeedFile { get; set; }
    public List<Partnership> Partnerships { get; set; } = [];
}

namespace Hub.Data.Model;

/// <summary>A legal body that runs (承接机构) or funds (购买方) stations.</summary>
public class Organization : ISeeded
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public OrganizationKind Kind { get; set; }

    /// <summary>
    /// The 18-character unified social credit code (统一社会信用代码), when known; unique, and checked on every save
    /// (<see cref="Organizations.UnifiedSocialCreditCode"/>).
    /// </summary>
    public string? CreditCode { get; set; }

    /// <summary>Founding month or year as the source states it ("2015-12"); never completed to a day.</summary>
    public string? Founded { get; set; }

    public string? LegalForm { get; set; }
    public string? Description { get; set; }
    public int? RegionId { get; set; }
    public Region? Region { get; set; }
    public string? SeedFile { get; set; }
}

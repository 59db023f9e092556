namespace Hub.Data.Model;

/// <summary>What a partner gave a station or project: funds, goods, a venue, volunteers or professional services.</summary>
public class Contribution : ISeeded
{
    public int Id { get; set; }
    public int PartnerId { get; set; }
    public ResourcePartner Partner { get; set; } = null!;
    public int StationId { get; set; }
    public Station Station { get; set; } = null!;
    public int? ProjectId { get; set; }
    public Project? Project { get; set; }

    /// <summary>A single kind (one flag).</summary>
    public ContributionKinds Kind { get; set; }

    /// <summary>Value in yuan, when stated.</summary>
    public decimal? Value { get; set; }

    public DateOnly? ContributedOn { get; set; }
    public string? Description { get; set; }
    public string? SeedFile { get; set; }
}

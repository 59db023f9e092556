namespace Hub.Data.Model;

public class Activity : ISeeded
{
    public int Id { get; set; }
    public int StationId { get; set; }
    public Station Station { get; set; } = null!;
    public int? ProjectId { get; set; }
    public Project? Project { get; set; }
    public ActivityKind Kind { get; set; }
    public required string Title { get; set; }

    /// <summary>The day it took place; null where the source gives no full date.</summary>
    public DateOnly? OccurredOn { get; set; }

    /// <summary>Community or venue where it took place.</summary>
    public string? Place { get; set; }
    public int? RegionId { get; set; }
    public Region? Region { get; set; }

    /// <summary>Participants as person-times (人次).</summary>
    public int? Participants { get; set; }

    public int? Volunteers { get; set; }
    public decimal? VolunteerHours { get; set; }
    /// <summary>When the hub stored it (UTC).</summary>
    public DateTime RecordedAt { get; set; }
    public string? SeedFile { get; set; }
    public List<ResourcePartner> Partners { get; set; } = [];
}

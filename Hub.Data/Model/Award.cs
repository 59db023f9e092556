namespace Hub.Data.Model;

public class Award : ISeeded
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public int StationId { get; set; }
    public Station Station { get; set; } = null!;
    public int? ProjectId { get; set; }
    public Project? Project { get; set; }

    /// <summary>The grade as stated (e.g. 铜奖).</summary>
    public string? Grade { get; set; }

    public string? Grantor { get; set; }
    public DateOnly? AwardedOn { get; set; }
    public string? SeedFile { get; set; }
}

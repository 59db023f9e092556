namespace Hub.Data.Model;

/// <summary>A published article or video about a station, or a tally of them per outlet (崔寨: 24 accepted by 山东省社会工作协会).</summary>
public class MediaReport : ISeeded
{
    public int Id { get; set; }
    public int StationId { get; set; }
    public Station Station { get; set; } = null!;
    public MediaKind Kind { get; set; }
    public string? Outlet { get; set; }
    public string? Title { get; set; }
    public string? Author { get; set; }
    public DateOnly? PublishedOn { get; set; }

    /// <summary>The year a tally covers, when the row is a tally.</summary>
    public int? Year { get; set; }

    /// <summary>How many items the row stands for: 1 for a single article.</summary>
    public int Count { get; set; } = 1;

    /// <summary>Where a reader finds the report online: an absolute http or https address.</summary>
    public string? Url { get; set; }

    public string? SeedFile { get; set; }
}

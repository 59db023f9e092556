using Hub.Data.Access;
using Hub.Data.Model;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.MediaReports;

/// <summary>Records media reports: ADMIN any station's, station staff their own station's.</summary>
public sealed class MediaReportRegistry(HubDbContext db, StationWriteScope scope)
{
    public const int MaxCount = 100_000;

    /// <summary>The first year a report may cover: the hub's stations are the 2020s', their press no older than the Republic.</summary>
    public const int FirstYear = 1949;

    public const int MaxUrlLength = 2000;

    public async Task<WriteResult<MediaReport>> CreateAsync(CreateMediaReportInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        scope.EnsureMayWrite([input.StationId]);
        var errors = new InputErrors();
        var report = new MediaReport
        {
            StationId = input.StationId,
            Kind = input.Kind,
            Outlet = errors.Text("outlet", input.Outlet, 200),
            Title = errors.Text("title", input.Title, 300),
            Author = errors.Text("author", input.Author, 100),
            PublishedOn = errors.PastDay("publishedOn", input.PublishedOn),
            Year = errors.Range("year", input.Year, FirstYear, DateTime.UtcNow.Year + 1),
            Count = errors.Range("count", input.Count, 1, MaxCount) ?? 1,
            Url = errors.Text("url", input.Url, MaxUrlLength),
        };
        if (report.Url is { Length: <= MaxUrlLength } url && !IsWebAddress(url))
        {
            // The link is shown to readers as is: a relative path, a mailto: or a javascript: address is no report to follow.
            errors.Bad("url", $"url is an absolute http or https address, not \"{url}\".");
        }

        if (report.Title is null && report.Outlet is null)
        {
            // A row naming neither says nothing a reader could find again.
            errors.Bad("title", "A report names its title, or a tally its outlet: give title or outlet.");
        }

        if (report is { Year: { } year, PublishedOn: { } day } && day.Year != year)
        {
            errors.Bad("year", $"year ({year}) is the year the report was published, and publishedOn lies in {day.Year}.");
        }

        if (!await db.Stations.AnyAsync(s => s.Id == input.StationId, cancellationToken))
        {
            errors.NotFound("stationId", "station");
        }

        if (errors.Any)
        {
            return new WriteResult<MediaReport>(null, errors.All);
        }

        db.MediaReports.Add(report);
        return new WriteResult<MediaReport>(report, []);
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;
}

using Hub.Data.Access;
using Hub.Data.Model;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.MediaReports;

/// <summary>Records, changes and deletes media reports: ADMIN any station's, station staff their own station's.</summary>
public sealed class MediaReportRegistry(HubDbContext db, RegistryReads reads, StationWriteScope scope)
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
        CheckReport(errors, report);
        if (!await reads.StationExistsAsync(input.StationId, cancellationToken))
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

    public async Task<WriteResult<MediaReport>> UpdateAsync(UpdateMediaReportInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new InputErrors();
        var report = await db.MediaReports.SingleOrDefaultAsync(r => r.Id == input.Id, cancellationToken);
        if (report is null)
        {
            errors.NotFound("id", "media report");
            return new WriteResult<MediaReport>(null, errors.All);
        }

        scope.EnsureMayWrite([report.StationId]);
        errors.NotCleared("kind", input.Kind);
        errors.NotCleared("count", input.Count);
        var changed = new MediaReport
        {
            StationId = report.StationId,
            Kind = input.Kind.Or(report.Kind) ?? report.Kind,
            Outlet = errors.Text("outlet", input.Outlet, 200).Or(report.Outlet),
            Title = errors.Text("title", input.Title, 300).Or(report.Title),
            Author = errors.Text("author", input.Author, 100).Or(report.Author),
            PublishedOn = errors.PastDay("publishedOn", input.PublishedOn).Or(report.PublishedOn),
            Year = errors.Range("year", input.Year, FirstYear, DateTime.UtcNow.Year + 1).Or(report.Year),
            Count = errors.Range("count", input.Count, 1, MaxCount).Or(report.Count) ?? report.Count,
            Url = errors.Text("url", input.Url, MaxUrlLength).Or(report.Url),
        };
        CheckReport(errors, changed);
        if (errors.Any)
        {
            return new WriteResult<MediaReport>(null, errors.All);
        }

        report.Kind = changed.Kind;
        report.Outlet = changed.Outlet;
        report.Title = changed.Title;
        report.Author = changed.Author;
        report.PublishedOn = changed.PublishedOn;
        report.Year = changed.Year;
        report.Count = changed.Count;
        report.Url = changed.Url;
        return new WriteResult<MediaReport>(report, []);
    }

    /// <summary>Deletes a media report. No other row names a report, so there is nothing it could still be in use by.</summary>
    public async Task<WriteResult<MediaReport>> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var report = await db.MediaReports.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            var errors = new InputErrors();
            errors.NotFound("id", "media report");
            return new WriteResult<MediaReport>(null, errors.All);
        }

        scope.EnsureMayWrite([report.StationId]);
        db.MediaReports.Remove(report);
        return new WriteResult<MediaReport>(report, []);
    }

    /// <summary>The rules a report holds to as a whole, whether created or changed.</summary>
    private static void CheckReport(InputErrors errors, MediaReport report)
    {
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
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;
}

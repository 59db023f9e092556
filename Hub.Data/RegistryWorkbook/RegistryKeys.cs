using System.Globalization;
using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.RegistryWorkbook;

/// <summary>
/// The business keys of what is stored, read once before an import and kept up to date as its rows are saved: a
/// region by its code, an organisation by its credit code or name, a station by its code, a station's brand,
/// project, partner, team or fund by the station and the name. Contributions, awards and media reports have no
/// name of their own: rows with the same key fields pair off with stored rows in the order of their ids, which is
/// the order an export writes them.
/// </summary>
internal sealed class RegistryKeys
{
    public Dictionary<string, int> Regions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> OrganizationsByCreditCode { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, List<int>> OrganizationsByName { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Stations { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<(int Station, string Name), int> Brands { get; } = [];

    public Dictionary<(int Station, string Name), int> Projects { get; } = [];

    public Dictionary<(int Station, string Name), int> Partners { get; } = [];

    public Dictionary<(int Station, string Name), int> VolunteerTeams { get; } = [];

    public Dictionary<(int Station, string Name), int> CommunityFunds { get; } = [];

    public Dictionary<string, Queue<int>> Contributions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Queue<int>> Awards { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Queue<int>> MediaReports { get; } = new(StringComparer.Ordinal);

    public static async Task<RegistryKeys> LoadAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var keys = new RegistryKeys();
        foreach (var r in await db.Regions.AsNoTracking().Select(r => new { r.Id, r.Code }).ToListAsync(cancellationToken))
        {
            keys.Regions[r.Code] = r.Id;
        }

        foreach (var o in await db.Organizations.AsNoTracking().OrderBy(o => o.Id).Select(o => new { o.Id, o.Name, o.CreditCode }).ToListAsync(cancellationToken))
        {
            keys.AddOrganization(o.Id, o.Name, o.CreditCode);
        }

        foreach (var s in await db.Stations.AsNoTracking().Select(s => new { s.Id, s.Code }).ToListAsync(cancellationToken))
        {
            keys.Stations[s.Code] = s.Id;
        }

        foreach (var b in await db.Brands.AsNoTracking().Select(b => new { b.Id, b.StationId, b.Name }).ToListAsync(cancellationToken))
        {
            keys.Brands[(b.StationId, b.Name)] = b.Id;
        }

        foreach (var p in await db.Projects.AsNoTracking().Select(p => new { p.Id, p.StationId, p.Name }).ToListAsync(cancellationToken))
        {
            keys.Projects[(p.StationId, p.Name)] = p.Id;
        }

        foreach (var p in await db.Partnerships.AsNoTracking().Select(p => new { p.StationId, p.PartnerId, p.Partner.Name }).ToListAsync(cancellationToken))
        {
            keys.Partners[(p.StationId, p.Name)] = p.PartnerId;
        }

        foreach (var t in await db.VolunteerTeams.AsNoTracking().Select(t => new { t.Id, t.StationId, t.Name }).ToListAsync(cancellationToken))
        {
            keys.VolunteerTeams[(t.StationId, t.Name)] = t.Id;
        }

        foreach (var f in await db.CommunityFunds.AsNoTracking().Select(f => new { f.Id, f.StationId, f.Name }).ToListAsync(cancellationToken))
        {
            keys.CommunityFunds[(f.StationId, f.Name)] = f.Id;
        }

        foreach (var c in await db.Contributions.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.StationId, c.PartnerId, c.ProjectId, c.Kind, c.ContributedOn }).ToListAsync(cancellationToken))
        {
            Enqueue(keys.Contributions, ContributionKey(c.StationId, c.PartnerId, c.ProjectId, c.Kind, c.ContributedOn), c.Id);
        }

        foreach (var a in await db.Awards.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.StationId, a.Title, a.AwardedOn }).ToListAsync(cancellationToken))
        {
            Enqueue(keys.Awards, AwardKey(a.StationId, a.Title, a.AwardedOn), a.Id);
        }

        foreach (var m in await db.MediaReports.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.StationId, m.Kind, m.Outlet, m.Title, m.PublishedOn, m.Year }).ToListAsync(cancellationToken))
        {
            Enqueue(keys.MediaReports, MediaReportKey(m.StationId, m.Kind, m.Outlet, m.Title, m.PublishedOn, m.Year), m.Id);
        }

        return keys;
    }

    public void AddOrganization(int id, string name, string? creditCode)
    {
        if (creditCode is not null)
        {
            OrganizationsByCreditCode[creditCode] = id;
        }

        if (!OrganizationsByName.TryGetValue(name, out var ids))
        {
            OrganizationsByName[name] = ids = [];
        }

        if (!ids.Contains(id))
        {
            ids.Add(id);
        }
    }

    public static string ContributionKey(int station, int partner, int? project, ContributionKinds kind, DateOnly? on) =>
        string.Create(CultureInfo.InvariantCulture, $"{station}|{partner}|{project}|{(long)kind}|{on:yyyy-MM-dd}");

    public static string AwardKey(int station, string title, DateOnly? on) =>
        string.Create(CultureInfo.InvariantCulture, $"{station}|{title}|{on:yyyy-MM-dd}");

    public static string MediaReportKey(int station, MediaKind kind, string? outlet, string? title, DateOnly? on, int? year) =>
        string.Create(CultureInfo.InvariantCulture, $"{station}|{kind}|{outlet}|{title}|{on:yyyy-MM-dd}|{year}");

    /// <summary>The next stored row with this key not yet paired with a row of the workbook, or null.</summary>
    public static int? Take(Dictionary<string, Queue<int>> rows, string key) =>
        rows.TryGetValue(key, out var ids) && ids.TryDequeue(out var id) ? id : null;

    private static void Enqueue(Dictionary<string, Queue<int>> rows, string key, int id)
    {
        if (!rows.TryGetValue(key, out var ids))
        {
            rows[key] = ids = new Queue<int>();
        }

        ids.Enqueue(id);
    }
}

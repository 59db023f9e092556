using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.RegistryWorkbook;

/// <summary>
/// The business keys of what is stored, read once before an import and kept up to date as its rows are saved: a
/// region by its code, an organisation by its credit code or name, a station by its code, a station's brand,
/// project, partner, team or fund by the station and the name. (Contributions, awards and media reports have no
/// name of their own; <see cref="RegistryWorkbookImporter"/> pairs them off with stored rows by their key columns.)
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
}

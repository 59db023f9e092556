using System.Data;
using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Hub.Data.RegistryWorkbook;

/// <summary>
/// Writes the registry, or the part of it under one region, as the workbook <see cref="RegistryWorkbookImporter"/>
/// reads: the same sheets, headers and keys, enums as the API spells them, dates as 2024-11-05. Rows that pair off
/// by order (contributions, awards, media reports) are written in the order of their ids, so that exporting and
/// importing again changes nothing.
/// </summary>
public sealed class RegistryWorkbookExporter(HubDbContext db)
{
    /// <summary>Writes the workbook; <paramref name="regionCode"/> limits it to the stations of that region's subtree.</summary>
    /// <returns>The rows written per sheet, or null when no region has <paramref name="regionCode"/>.</returns>
    public async Task<IReadOnlyList<(string Sheet, int Rows)>?> ExportAsync(Stream output, string? regionCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var regionCodes = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Code, cancellationToken);
        HashSet<int>? subtree = null;
        if (regionCode is not null)
        {
            var root = await db.Regions.AsNoTracking().Where(r => r.Code == regionCode).Select(r => (int?)r.Id).SingleOrDefaultAsync(cancellationToken);
            if (root is null)
            {
                return null;
            }

            subtree = [.. await db.RegionClosures.AsNoTracking().Where(c => c.AncestorId == root).Select(c => c.DescendantId).ToListAsync(cancellationToken)];
        }

        string? Code(int? id) => id is { } value && regionCodes.TryGetValue(value, out var code) ? code : null;

        var stations = (await db.Stations.AsNoTracking().ToListAsync(cancellationToken))
            .Where(s => subtree is null || subtree.Contains(s.RegionId)).OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        var stationCodes = stations.ToDictionary(s => s.Id, s => s.Code);
        var organizations = (await db.Organizations.AsNoTracking().OrderBy(o => o.Id).ToListAsync(cancellationToken))
            .Where(o => subtree is null || (o.RegionId is { } r && subtree.Contains(r)) || stations.Any(s => s.OperatorId == o.Id || s.FunderId == o.Id)).ToList();
        var namesake = organizations.GroupBy(o => o.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var organizationRefs = organizations.ToDictionary(o => o.Id, o => namesake.Contains(o.Name) && o.CreditCode is not null ? o.CreditCode : o.Name);

        bool Ours(int stationId) => stationCodes.ContainsKey(stationId);

        var brands = (await db.Brands.AsNoTracking().ToListAsync(cancellationToken)).Where(b => Ours(b.StationId)).ToList();
        var brandNames = brands.ToDictionary(b => b.Id, b => b.Name);
        var projects = (await db.Projects.AsNoTracking().Include(p => p.Communities).ToListAsync(cancellationToken)).Where(p => Ours(p.StationId)).ToList();
        var projectNames = projects.ToDictionary(p => p.Id, p => p.Name);
        var partnerships = (await db.Partnerships.AsNoTracking().Include(p => p.Partner).ToListAsync(cancellationToken)).Where(p => Ours(p.StationId)).ToList();
        var partnerNames = partnerships.Select(p => p.Partner).DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.Name);

        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        var counts = new List<(string, int)>();
        void Add(RegistrySheet sheet, IEnumerable<object?[]> rows)
        {
            var table = new DataTable(sheet.Name);
            foreach (var column in sheet.Columns)
            {
                table.Columns.Add(column.Header, typeof(object));
            }

            foreach (var row in rows)
            {
                table.Rows.Add(row.Select(v => v ?? DBNull.Value).ToArray());
            }

            sheets[sheet.Name] = table;
            counts.Add((sheet.Name, table.Rows.Count));
        }

        var regionRows = await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(cancellationToken);
        Add(RegistrySheets.Regions, regionRows.Where(r => subtree is null || subtree.Contains(r.Id))
            .Select(r => new object?[] { r.Code, r.Name, r.Population, r.Households, r.AreaKm2 }));
        Add(RegistrySheets.Organizations, organizations.Select(o => new object?[]
            { o.Name, o.CreditCode, EnumCells.Name(o.Kind), o.Founded, o.LegalForm, Code(o.RegionId), o.Description }));
        Add(RegistrySheets.Stations, stations.Select(s => new object?[]
        {
            s.Code, s.Name, EnumCells.Name(s.Kind), EnumCells.Name(s.Status), Day(s.ClosedOn), Code(s.RegionId),
            Ref(organizationRefs, s.OperatorId), Ref(organizationRefs, s.FunderId), s.Opened, s.FloorAreaM2, s.StaffCount, s.CertifiedStaffCount,
            s.Rooms, s.Address, s.Description,
        }));
        Add(RegistrySheets.Brands, brands.OrderBy(b => stationCodes[b.StationId], StringComparer.Ordinal).ThenBy(b => b.Id).Select(b => new object?[]
            { stationCodes[b.StationId], b.Name, Day(b.LaunchedOn), b.Description, EnumCells.Name(b.Visibility) }));
        Add(RegistrySheets.Projects, projects.OrderBy(p => stationCodes[p.StationId], StringComparer.Ordinal).ThenBy(p => p.Id).Select(p => new object?[]
        {
            stationCodes[p.StationId], p.Name, EnumCells.Name(p.Kind), Ref(brandNames, p.BrandId), p.Summary,
            EnumCells.FlagNames(p.TargetGroups), EnumCells.FlagNames(p.ServiceAreas), EnumCells.FlagNames(p.SupportSought),
            p.Communities.Count == 0 ? null : string.Join('、', p.Communities.Select(c => c.Code).Order(StringComparer.Ordinal)),
            Day(p.StartsOn), Day(p.EndsOn), p.Funding, p.Status is { } status ? EnumCells.Name(status) : null, EnumCells.Name(p.Visibility),
        }));
        Add(RegistrySheets.Partners, partnerships.OrderBy(p => stationCodes[p.StationId], StringComparer.Ordinal).ThenBy(p => p.PartnerId).Select(p => new object?[]
            { stationCodes[p.StationId], p.Partner.Name, EnumCells.Name(p.Partner.Kind), p.Partner.CreditCode, Code(p.Partner.RegionId), p.Partner.Description }));
        Add(RegistrySheets.Contributions, (await db.Contributions.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken)).Where(c => Ours(c.StationId)).Select(c => new object?[]
            { stationCodes[c.StationId], Ref(partnerNames, c.PartnerId), Ref(projectNames, c.ProjectId), EnumCells.FlagNames(c.Kind), Day(c.ContributedOn), c.Value, c.Description }));
        Add(RegistrySheets.VolunteerTeams, (await db.VolunteerTeams.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken)).Where(t => Ours(t.StationId)).Select(t => new object?[]
            { stationCodes[t.StationId], t.Name, Code(t.RegionId), t.Focus, t.Members, t.Founded }));
        Add(RegistrySheets.CommunityFunds, (await db.CommunityFunds.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken)).Where(f => Ours(f.StationId)).Select(f => new object?[]
            { stationCodes[f.StationId], f.Name, Code(f.RegionId), Ref(partnerNames, f.FoundationId), f.Founded }));
        Add(RegistrySheets.Awards, (await db.Awards.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken)).Where(a => Ours(a.StationId)).Select(a => new object?[]
            { stationCodes[a.StationId], a.Title, Day(a.AwardedOn), Ref(projectNames, a.ProjectId), a.Grade, a.Grantor }));
        Add(RegistrySheets.MediaReports, (await db.MediaReports.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken)).Where(m => Ours(m.StationId)).Select(m => new object?[]
            { stationCodes[m.StationId], EnumCells.Name(m.Kind), m.Outlet, m.Title, Day(m.PublishedOn), m.Year, m.Author, m.Count, m.Url }));

        await output.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return counts;
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Ref(Dictionary<int, string> names, int? id) => id is { } value && names.TryGetValue(value, out var name) ? name : null;
}

using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.RegistryWorkbook;

/// <summary>
/// The stored registry as the rows of its workbook: what <see cref="RegistryWorkbookExporter"/> writes, and what
/// <see cref="RegistryWorkbookImporter"/> compares a workbook's rows with, so that a row that says what is stored
/// costs no write. Rows that pair off by order (contributions, awards, media reports) come in the order of their ids,
/// with the id after the last column.
/// </summary>
internal static class RegistryRows
{
    /// <param name="subtree">The regions whose stations are wanted; null for all.</param>
    public static async Task<IReadOnlyDictionary<RegistrySheet, IReadOnlyList<object?[]>>> ReadAsync(HubDbContext db, HashSet<int>? subtree, CancellationToken cancellationToken)
    {
        var regionCodes = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Code, cancellationToken);
        string? Code(int? id) => id is { } value && regionCodes.TryGetValue(value, out var code) ? code : null;

        var stations = (await db.Stations.AsNoTracking().ToListAsync(cancellationToken))
            .Where(s => subtree is null || subtree.Contains(s.RegionId)).OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        var stationCodes = stations.ToDictionary(s => s.Id, s => s.Code);
        var runOrFunded = stations.SelectMany(s => new[] { s.OperatorId, s.FunderId }).OfType<int>().ToHashSet();
        var organizations = (await db.Organizations.AsNoTracking().OrderBy(o => o.Id).ToListAsync(cancellationToken))
            .Where(o => subtree is null || (o.RegionId is { } r && subtree.Contains(r)) || runOrFunded.Contains(o.Id)).ToList();
        var namesake = organizations.GroupBy(o => o.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var organizationRefs = organizations.ToDictionary(o => o.Id, o => namesake.Contains(o.Name) && o.CreditCode is not null ? o.CreditCode : o.Name);

        bool Ours(int stationId) => stationCodes.ContainsKey(stationId);

        var brands = (await db.Brands.AsNoTracking().ToListAsync(cancellationToken)).Where(b => Ours(b.StationId)).ToList();
        var brandNames = brands.ToDictionary(b => b.Id, b => b.Name);
        var projects = (await db.Projects.AsNoTracking().Include(p => p.Communities).ToListAsync(cancellationToken)).Where(p => Ours(p.StationId)).ToList();
        var projectNames = projects.ToDictionary(p => p.Id, p => p.Name);
        var partnerships = (await db.Partnerships.AsNoTracking().Include(p => p.Partner).ToListAsync(cancellationToken)).Where(p => Ours(p.StationId)).ToList();
        var partnerNames = partnerships.Select(p => p.Partner).DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.Name);

        var sheets = new Dictionary<RegistrySheet, IReadOnlyList<object?[]>>();
        void Add(RegistrySheet sheet, IEnumerable<object?[]> rows) => sheets[sheet] = rows.ToList();

        var regionRows = await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(cancellationToken);
        Add(RegistrySheets.Regions, regionRows.Where(r => subtree is null || subtree.Contains(r.Id))
            .Select(r => new object?[] { r.Code, r.Name, r.Population, r.Households, r.AreaKm2 }));
        Add(RegistrySheets.Organizations, organizations.Select(o => new object?[]
            { o.Name, o.CreditCode, EnumCells.Name(o.Kind), o.Founded, o.LegalForm, Code(o.RegionId), o.Description }));
        Add(RegistrySheets.Stations, stations.Select(s => new object?[]
        {
            s.Code, s.Name, EnumCells.Name(s.Kind), EnumCells.Name(s.Status), Day(s.ClosedOn), Code(s.RegionId),
            Ref(organizationRefs, s.OperatorId), Ref(organizationRefs, s.FunderId), s.Opened, s.FloorAreaM2, s.StaffCount, s.CertifiedStaffCount,
            s.Rooms, s.Address, s.Description, s.ContactPerson, s.ContactPhone, s.ContactEmail, s.ContactAddress, EnumCells.Name(s.ContactVisibility),
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
            { stationCodes[c.StationId], Ref(partnerNames, c.PartnerId), Ref(projectNames, c.ProjectId), EnumCells.FlagNames(c.Kind), Day(c.ContributedOn), c.Value, c.Description, c.Id }));
        Add(RegistrySheets.VolunteerTeams, (await db.VolunteerTeams.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken)).Where(t => Ours(t.StationId)).Select(t => new object?[]
            { stationCodes[t.StationId], t.Name, Code(t.RegionId), t.Focus, t.Members, t.Founded }));
        Add(RegistrySheets.CommunityFunds, (await db.CommunityFunds.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken)).Where(f => Ours(f.StationId)).Select(f => new object?[]
            { stationCodes[f.StationId], f.Name, Code(f.RegionId), Ref(partnerNames, f.FoundationId), f.Founded }));
        Add(RegistrySheets.Awards, (await db.Awards.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken)).Where(a => Ours(a.StationId)).Select(a => new object?[]
            { stationCodes[a.StationId], a.Title, Day(a.AwardedOn), Ref(projectNames, a.ProjectId), a.Grade, a.Grantor, a.Id }));
        Add(RegistrySheets.MediaReports, (await db.MediaReports.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken)).Where(m => Ours(m.StationId)).Select(m => new object?[]
            { stationCodes[m.StationId], EnumCells.Name(m.Kind), m.Outlet, m.Title, Day(m.PublishedOn), m.Year, m.Author, m.Count, m.Url, m.Id }));

        return sheets;
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Ref(Dictionary<int, string> names, int? id) => id is { } value && names.TryGetValue(value, out var name) ? name : null;
}

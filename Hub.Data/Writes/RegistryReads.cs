using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Writes;

/// <summary>
/// What the registries' checks read: whether a station, region or partner exists, whether a code or name is taken,
/// whether a community lies in a station's region. A mutation asks each with one statement. A bulk writer (the
/// registry workbook) holds a <see cref="Batch"/> instead, and the same questions are answered from tables read once
/// and read again only after a save has changed them: a province of 36,000 new rows asks a few dozen statements, not
/// 130,000, and gets the answers the statements would have given.
/// </summary>
public sealed class RegistryReads(HubDbContext db)
{
    private RegistryFacts? _facts;

    /// <summary>
    /// Answers from memory until disposed. Only for a writer whose database changes by its own saves alone while it runs
    /// (one unit of work); the tables read are dropped when a save changes them, and all of them when it ends.
    /// </summary>
    internal IDisposable Batch()
    {
        if (_facts is not null)
        {
            throw new InvalidOperationException("A batch of registry reads is already open.");
        }

        _facts = new RegistryFacts(db);
        return new OpenBatch(this);
    }

    public async ValueTask<bool> StationExistsAsync(int stationId, CancellationToken cancellationToken) =>
        _facts is { } facts
            ? (await facts.StationsAsync(cancellationToken)).Regions.ContainsKey(stationId)
            : await db.Stations.AnyAsync(s => s.Id == stationId, cancellationToken);

    /// <summary>The region of a station that exists.</summary>
    public async ValueTask<int> StationRegionAsync(int stationId, CancellationToken cancellationToken) =>
        _facts is { } facts && (await facts.StationsAsync(cancellationToken)).Regions.TryGetValue(stationId, out var region)
            ? region
            : await db.Stations.Where(s => s.Id == stationId).Select(s => s.RegionId).SingleAsync(cancellationToken);

    /// <summary>Whether another station than <paramref name="ownId"/> has the (normalised) code.</summary>
    public async ValueTask<bool> StationCodeTakenAsync(string code, int? ownId, CancellationToken cancellationToken)
    {
        if (_facts is { } facts && !RegistryFacts.HasOther((await facts.StationsAsync(cancellationToken)).Codes, code, ownId))
        {
            return false;
        }

        return await db.Stations.AnyAsync(s => s.Code == code && s.Id != ownId, cancellationToken);
    }

    public async ValueTask<bool> RegionExistsAsync(int regionId, CancellationToken cancellationToken) =>
        _facts is { } facts
            ? (await facts.RegionsAsync(cancellationToken)).ContainsKey(regionId)
            : await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken);

    /// <summary>The region as stored, not tracked.</summary>
    public async ValueTask<Region?> RegionAsync(int regionId, CancellationToken cancellationToken) =>
        _facts is { } facts
            ? (await facts.RegionsAsync(cancellationToken)).GetValueOrDefault(regionId)
            : await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == regionId, cancellationToken);

    /// <summary>The district a region lies in (a street's, a community's); null for one above the districts.</summary>
    public async ValueTask<int?> DistrictOfAsync(int regionId, CancellationToken cancellationToken)
    {
        if (_facts is { } facts)
        {
            return (await facts.DistrictsAsync(cancellationToken)).TryGetValue(regionId, out var district) ? district : null;
        }

        return await db.RegionClosures
            .Where(c => c.DescendantId == regionId)
            .Join(db.Regions, c => c.AncestorId, r => r.Id, (c, r) => r)
            .Where(r => r.Level == RegionLevel.District)
            .Select(r => (int?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Which of the regions lie in <paramref name="ancestorId"/> or are it.</summary>
    public async Task<HashSet<int>> WithinAsync(int ancestorId, IReadOnlyCollection<int> regionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regionIds);
        if (_facts is { } facts && (await facts.SubtreesAsync(cancellationToken)).TryGetValue(ancestorId, out var subtree))
        {
            return regionIds.Where(subtree.Contains).ToHashSet();
        }

        return (await db.RegionClosures.Where(c => c.AncestorId == ancestorId && regionIds.Contains(c.DescendantId))
            .Select(c => c.DescendantId).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>The regions of the ids that exist, tracked: a project's communities are set from them.</summary>
    public async Task<Dictionary<int, Region>> TrackedRegionsAsync(IReadOnlyCollection<int> regionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regionIds);
        if (_facts is not { } facts)
        {
            return await db.Regions.Where(r => regionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        }

        var tracked = await facts.TrackedCommunitiesAsync(cancellationToken);
        var stored = await facts.RegionsAsync(cancellationToken);
        var missing = regionIds.Where(id => !tracked.ContainsKey(id) && stored.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var region in await db.Regions.Where(r => missing.Contains(r.Id)).ToListAsync(cancellationToken))
            {
                tracked[region.Id] = region;
            }
        }

        return regionIds.Where(tracked.ContainsKey).Distinct().ToDictionary(id => id, id => tracked[id]);
    }

    public async ValueTask<bool> OrganizationExistsAsync(int organizationId, CancellationToken cancellationToken) =>
        _facts is { } facts
            ? (await facts.OrganizationsAsync(cancellationToken)).Ids.Contains(organizationId)
            : await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken);

    /// <summary>Whether another organisation than <paramref name="ownId"/> has the (normalised) credit code.</summary>
    public async ValueTask<bool> CreditCodeTakenAsync(string code, int? ownId, CancellationToken cancellationToken)
    {
        if (_facts is { } facts && !RegistryFacts.HasOther((await facts.OrganizationsAsync(cancellationToken)).CreditCodes, code, ownId))
        {
            return false;
        }

        return await db.Organizations.AnyAsync(o => o.CreditCode == code && o.Id != ownId, cancellationToken);
    }

    /// <summary>The station whose brand it is; null when no brand has the id.</summary>
    public async ValueTask<int?> StationOfBrandAsync(int brandId, CancellationToken cancellationToken) =>
        _facts is { } facts
            ? (await facts.BrandsAsync(cancellationToken)).Stations.TryGetValue(brandId, out var station) ? station : null
            : await db.Brands.Where(b => b.Id == brandId).Select(b => (int?)b.StationId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Whether another brand of the station than <paramref name="ownId"/> has the name (by the database's collation).</summary>
    public async ValueTask<bool> BrandNameTakenAsync(int stationId, string name, int? ownId, CancellationToken cancellationToken)
    {
        if (_facts is { } facts && !RegistryFacts.HasOther((await facts.BrandsAsync(cancellationToken)).ByStation, stationId, ownId))
        {
            return false;
        }

        return await db.Brands.AnyAsync(b => b.StationId == stationId && b.Name == name && b.Id != ownId, cancellationToken);
    }

    /// <summary>The station whose project it is; null when no project has the id.</summary>
    public async ValueTask<int?> StationOfProjectAsync(int projectId, CancellationToken cancellationToken) =>
        _facts is { } facts
            ? (await facts.ProjectsAsync(cancellationToken)).TryGetValue(projectId, out var station) ? station : null
            : await db.Projects.Where(p => p.Id == projectId).Select(p => (int?)p.StationId).SingleOrDefaultAsync(cancellationToken);

    public async ValueTask<bool> PartnerExistsAsync(int partnerId, CancellationToken cancellationToken) =>
        _facts is { } facts
            ? (await facts.PartnersAsync(cancellationToken)).Ids.Contains(partnerId)
            : await db.ResourcePartners.AnyAsync(p => p.Id == partnerId, cancellationToken);

    /// <summary>Whether the partner works with the station (a partnership).</summary>
    public async ValueTask<bool> WorksWithAsync(int stationId, int partnerId, CancellationToken cancellationToken) =>
        _facts is { } facts
            ? (await facts.PartnersAsync(cancellationToken)).ByStation.TryGetValue(stationId, out var partners) && partners.Contains(partnerId)
            : await db.Partnerships.AnyAsync(p => p.StationId == stationId && p.PartnerId == partnerId, cancellationToken);

    /// <summary>
    /// Whether another partner than <paramref name="ownId"/> of the stations has the name, and whether one has the
    /// credit code (by the database's collation).
    /// </summary>
    public async ValueTask<(bool Name, bool CreditCode)> PartnerTakenAsync(IReadOnlyList<int> stationIds, int? ownId, string name, string? creditCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stationIds);
        if (_facts is { } facts)
        {
            var byStation = (await facts.PartnersAsync(cancellationToken)).ByStation;
            if (!stationIds.Any(station => RegistryFacts.HasOther(byStation, station, ownId)))
            {
                return (false, false);
            }
        }

        var others = db.Partnerships.Where(p => stationIds.Contains(p.StationId) && p.PartnerId != ownId).Select(p => p.Partner);
        var nameTaken = await others.AnyAsync(p => p.Name == name, cancellationToken);
        var codeTaken = creditCode is { } code && await others.AnyAsync(p => p.CreditCode == code, cancellationToken);
        return (nameTaken, codeTaken);
    }

    /// <summary>Whether another community fund of the station than <paramref name="ownId"/> has the name (by the database's collation).</summary>
    public async ValueTask<bool> FundNameTakenAsync(int stationId, string name, int? ownId, CancellationToken cancellationToken)
    {
        if (_facts is { } facts && !RegistryFacts.HasOther(await facts.FundsAsync(cancellationToken), stationId, ownId))
        {
            return false;
        }

        return await db.CommunityFunds.AnyAsync(f => f.StationId == stationId && f.Name == name && f.Id != ownId, cancellationToken);
    }

    private sealed class OpenBatch(RegistryReads reads) : IDisposable
    {
        public void Dispose()
        {
            reads._facts?.Close();
            reads._facts = null;
        }
    }
}

using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Writes;

/// <summary>
/// The tables behind <see cref="RegistryReads"/> while a batch is open, each read on first use and dropped when a save
/// changes what it was read from (the next use reads it again), so an answer is always what a statement would find.
/// Text that the database compares by its collation (names) is not compared here: memory answers "taken" questions
/// only with "no" when the station has no such row at all, and leaves the rest to the statement.
/// </summary>
internal sealed class RegistryFacts
{
    private readonly HubDbContext _db;
    private StationTable? _stations;
    private Dictionary<int, Region>? _regions;
    private Dictionary<int, int>? _districts;
    private Dictionary<int, HashSet<int>>? _subtrees;
    private Dictionary<int, Region>? _communities;
    private OrganizationTable? _organizations;
    private BrandTable? _brands;
    private Dictionary<int, int>? _projects;
    private PartnerTable? _partners;
    private Dictionary<int, List<int>>? _funds;

    public RegistryFacts(HubDbContext db)
    {
        _db = db;
        db.SavingChanges += Saving;
    }

    /// <summary>A station by id: its region; and the stations by code (station codes are upper-case ASCII, so case is all a collation could ignore).</summary>
    public sealed record StationTable(Dictionary<int, int> Regions, Dictionary<string, List<int>> Codes);

    /// <summary>Every organisation's id, and the organisations by credit code (upper-case ASCII, like station codes).</summary>
    public sealed record OrganizationTable(HashSet<int> Ids, Dictionary<string, List<int>> CreditCodes);

    /// <summary>A brand's station by the brand's id, and each station's brands.</summary>
    public sealed record BrandTable(Dictionary<int, int> Stations, Dictionary<int, List<int>> ByStation);

    /// <summary>Every partner's id, and each station's partners.</summary>
    public sealed record PartnerTable(HashSet<int> Ids, Dictionary<int, List<int>> ByStation);

    /// <summary>Whether the index holds a row under the key other than <paramref name="ownId"/>.</summary>
    public static bool HasOther<TKey>(Dictionary<TKey, List<int>> index, TKey key, int? ownId)
        where TKey : notnull =>
        index.TryGetValue(key, out var ids) && ids.Any(id => id != ownId);

    public async ValueTask<StationTable> StationsAsync(CancellationToken cancellationToken)
    {
        if (_stations is null)
        {
            var rows = await _db.Stations.AsNoTracking().Select(s => new { s.Id, s.RegionId, s.Code }).ToListAsync(cancellationToken);
            _stations = new StationTable(rows.ToDictionary(s => s.Id, s => s.RegionId), Index(rows.Select(s => (s.Code, s.Id)), StringComparer.OrdinalIgnoreCase));
        }

        return _stations;
    }

    public async ValueTask<Dictionary<int, Region>> RegionsAsync(CancellationToken cancellationToken) =>
        _regions ??= await _db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, cancellationToken);

    /// <summary>The district of every region in one (the district's own included).</summary>
    public async ValueTask<Dictionary<int, int>> DistrictsAsync(CancellationToken cancellationToken)
    {
        if (_districts is null)
        {
            var rows = await _db.RegionClosures
                .Join(_db.Regions, c => c.AncestorId, r => r.Id, (c, r) => new { c.DescendantId, r.Id, r.Level })
                .Where(x => x.Level == RegionLevel.District)
                .Select(x => new { x.DescendantId, x.Id })
                .ToListAsync(cancellationToken);
            _districts = [];
            foreach (var row in rows)
            {
                _districts.TryAdd(row.DescendantId, row.Id);
            }
        }

        return _districts;
    }

    /// <summary>The regions in each station's region, by the station's region: where a station's teams, funds and projects may work.</summary>
    public async ValueTask<Dictionary<int, HashSet<int>>> SubtreesAsync(CancellationToken cancellationToken)
    {
        if (_subtrees is null)
        {
            var rows = await _db.RegionClosures
                .Where(c => _db.Stations.Any(s => s.RegionId == c.AncestorId))
                .Select(c => new { c.AncestorId, c.DescendantId })
                .ToListAsync(cancellationToken);
            _subtrees = [];
            foreach (var row in rows)
            {
                if (!_subtrees.TryGetValue(row.AncestorId, out var subtree))
                {
                    _subtrees[row.AncestorId] = subtree = [];
                }

                subtree.Add(row.DescendantId);
            }
        }

        return _subtrees;
    }

    /// <summary>
    /// The communities in stations' regions, tracked, as a project's communities must be; loaded in one statement
    /// rather than project by project. Others are added as they are asked for.
    /// </summary>
    public async ValueTask<Dictionary<int, Region>> TrackedCommunitiesAsync(CancellationToken cancellationToken) =>
        _communities ??= await _db.Regions
            .Where(r => r.Level == RegionLevel.Community && _db.RegionClosures.Any(c => c.DescendantId == r.Id && _db.Stations.Any(s => s.RegionId == c.AncestorId)))
            .ToDictionaryAsync(r => r.Id, cancellationToken);

    public async ValueTask<OrganizationTable> OrganizationsAsync(CancellationToken cancellationToken)
    {
        if (_organizations is null)
        {
            var rows = await _db.Organizations.AsNoTracking().Select(o => new { o.Id, o.CreditCode }).ToListAsync(cancellationToken);
            _organizations = new OrganizationTable(rows.Select(o => o.Id).ToHashSet(),
                Index(rows.Where(o => o.CreditCode is not null).Select(o => (o.CreditCode!, o.Id)), StringComparer.OrdinalIgnoreCase));
        }

        return _organizations;
    }

    public async ValueTask<BrandTable> BrandsAsync(CancellationToken cancellationToken)
    {
        if (_brands is null)
        {
            var rows = await _db.Brands.AsNoTracking().Select(b => new { b.Id, b.StationId }).ToListAsync(cancellationToken);
            _brands = new BrandTable(rows.ToDictionary(b => b.Id, b => b.StationId), Index(rows.Select(b => (b.StationId, b.Id))));
        }

        return _brands;
    }

    /// <summary>A project's station by the project's id.</summary>
    public async ValueTask<Dictionary<int, int>> ProjectsAsync(CancellationToken cancellationToken) =>
        _projects ??= await _db.Projects.AsNoTracking().Select(p => new { p.Id, p.StationId }).ToDictionaryAsync(p => p.Id, p => p.StationId, cancellationToken);

    public async ValueTask<PartnerTable> PartnersAsync(CancellationToken cancellationToken)
    {
        if (_partners is null)
        {
            var ids = (await _db.ResourcePartners.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
            var links = await _db.Partnerships.AsNoTracking().Select(p => new { p.StationId, p.PartnerId }).ToListAsync(cancellationToken);
            _partners = new PartnerTable(ids, Index(links.Select(p => (p.StationId, p.PartnerId))));
        }

        return _partners;
    }

    /// <summary>Each station's community funds.</summary>
    public async ValueTask<Dictionary<int, List<int>>> FundsAsync(CancellationToken cancellationToken) =>
        _funds ??= Index((await _db.CommunityFunds.AsNoTracking().Select(f => new { f.StationId, f.Id }).ToListAsync(cancellationToken)).Select(f => (f.StationId, f.Id)));

    /// <summary>Stops following the context's saves; the batch is over.</summary>
    public void Close() => _db.SavingChanges -= Saving;

    private static Dictionary<TKey, List<int>> Index<TKey>(IEnumerable<(TKey Key, int Id)> rows, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        var index = new Dictionary<TKey, List<int>>(comparer);
        foreach (var (key, id) in rows)
        {
            if (!index.TryGetValue(key, out var ids))
            {
                index[key] = ids = [];
            }

            ids.Add(id);
        }

        return index;
    }

    /// <summary>Drops what the save about to run changes; the rows it adds or changes are not yet in the database, so the tables are read again after it.</summary>
    private void Saving(object? sender, SavingChangesEventArgs e)
    {
        var changed = _db.ChangeTracker.Entries()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(entry => entry.Metadata.ClrType)
            .ToHashSet();
        var tree = changed.Contains(typeof(Region)) || changed.Contains(typeof(RegionClosure));
        var stations = changed.Contains(typeof(Station));
        if (stations)
        {
            _stations = null;
        }

        if (tree)
        {
            _regions = null;
            _districts = null;
        }

        if (tree || stations)
        {
            _subtrees = null;
            _communities = null;
        }

        if (changed.Contains(typeof(Organization)))
        {
            _organizations = null;
        }

        if (changed.Contains(typeof(Brand)))
        {
            _brands = null;
        }

        if (changed.Contains(typeof(Project)))
        {
            _projects = null;
        }

        if (changed.Contains(typeof(ResourcePartner)) || changed.Contains(typeof(Partnership)))
        {
            _partners = null;
        }

        if (changed.Contains(typeof(CommunityFund)))
        {
            _funds = null;
        }
    }
}

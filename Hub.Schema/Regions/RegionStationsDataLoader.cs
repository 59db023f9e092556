using System.Linq.Expressions;
using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Relay;

namespace Hub.Schema.Regions;

/// <summary>Every station inside each region (at any depth), through the region closure, one page per region in one statement.</summary>
public sealed class RegionStationsDataLoader(HubDbContext db, AccessRules rules) : ChildConnectionDataLoader<Region, Station>(rules)
{
    protected override IQueryable<Region> Parents(IReadOnlyList<int> parentIds) => db.Regions.Where(r => parentIds.Contains(r.Id));

    protected override Expression<Func<Region, int>> ParentId => r => r.Id;

    protected override Expression<Func<Region, IEnumerable<Station>>> Children(IReadOnlyList<int> parentIds) => r =>
        db.RegionClosures.Where(c => parentIds.Contains(c.AncestorId) && c.AncestorId == r.Id)
            .Join(db.Stations, c => c.DescendantId, s => s.RegionId, (c, s) => s);
}

using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Relay;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Regions;

/// <summary>Every station inside each region (at any depth), by name, through the region closure.</summary>
public sealed class RegionStationsDataLoader(HubDbContext db) : ChildConnectionDataLoader<Station>
{
    protected override async Task<IReadOnlyList<ChildRows<Station>>> FetchRowsAsync(IReadOnlyList<int> parentIds, int skip, int? take, CancellationToken cancellationToken)
    {
        return await db.Regions.Where(r => parentIds.Contains(r.Id))
            .Select(r => new ChildRows<Station>(
                r.Id,
                db.RegionClosures.Where(c => c.AncestorId == r.Id)
                    .Join(db.Stations, c => c.DescendantId, s => s.RegionId, (c, s) => s)
                    .OrderBy(s => s.Name).ThenBy(s => s.Id).Skip(skip).Take(take ?? int.MaxValue).ToList(),
                db.RegionClosures.Where(c => c.AncestorId == r.Id)
                    .Join(db.Stations, c => c.DescendantId, s => s.RegionId, (c, s) => s).Count()))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }
}

using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Regions;

public sealed class RegionChildrenDataLoader(HubDbContext db) : EntitiesByKeyDataLoader<Region>
{
    protected override IQueryable<KeyedRow<Region>> Query(IReadOnlyList<int> keys) =>
        db.Regions.Where(r => r.ParentId != null && keys.Contains(r.ParentId.Value)).OrderBy(r => r.Code)
            .Select(r => new KeyedRow<Region>(r.ParentId!.Value, r));
}

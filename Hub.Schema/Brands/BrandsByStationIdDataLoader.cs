using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Brands;

public sealed class BrandsByStationIdDataLoader(HubDbContext db, AccessRules rules) : EntitiesByKeyDataLoader<Brand>
{
    protected override IQueryable<KeyedRow<Brand>> Query(IReadOnlyList<int> keys) =>
        rules.Visible(db.Brands).Where(e => keys.Contains(e.StationId)).OrderBy(e => e.Name).ThenBy(e => e.Id)
            .Select(e => new KeyedRow<Brand>(e.StationId, e));
}

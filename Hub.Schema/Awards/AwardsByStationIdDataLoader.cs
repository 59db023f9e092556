using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Awards;

public sealed class AwardsByStationIdDataLoader(HubDbContext db) : EntitiesByKeyDataLoader<Award>
{
    protected override IQueryable<KeyedRow<Award>> Query(IReadOnlyList<int> keys) =>
        db.Awards.Where(e => keys.Contains(e.StationId)).OrderBy(e => e.AwardedOn).ThenBy(e => e.Id)
            .Select(e => new KeyedRow<Award>(e.StationId, e));
}

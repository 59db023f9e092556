using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Awards;

public sealed class AwardsByStationIdDataLoader(HubDbContext db) : EntitiesByKeyDataLoader<Award>
{
    protected override IQueryable<Award> Query(IReadOnlyList<int> keys) =>
        db.Awards.Where(e => keys.Contains(e.StationId)).OrderBy(e => e.AwardedOn).ThenBy(e => e.Id);

    protected override int KeyOf(Award entity) => entity.StationId;
}

using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.CommunityFunds;

public sealed class CommunityFundsByStationIdDataLoader(HubDbContext db) : EntitiesByKeyDataLoader<CommunityFund>
{
    protected override IQueryable<KeyedRow<CommunityFund>> Query(IReadOnlyList<int> keys) =>
        db.CommunityFunds.Where(e => keys.Contains(e.StationId)).OrderBy(e => e.Id)
            .Select(e => new KeyedRow<CommunityFund>(e.StationId, e));
}

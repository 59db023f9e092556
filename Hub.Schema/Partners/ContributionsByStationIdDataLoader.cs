using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Partners;

public sealed class ContributionsByStationIdDataLoader(HubDbContext db) : EntitiesByKeyDataLoader<Contribution>
{
    protected override IQueryable<KeyedRow<Contribution>> Query(IReadOnlyList<int> keys) =>
        db.Contributions.Where(e => keys.Contains(e.StationId)).OrderBy(e => e.ContributedOn).ThenBy(e => e.Id)
            .Select(e => new KeyedRow<Contribution>(e.StationId, e));
}

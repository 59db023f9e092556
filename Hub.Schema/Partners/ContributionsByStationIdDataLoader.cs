using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Partners;

public sealed class ContributionsByStationIdDataLoader(HubDbContext db, AccessRules rules) : EntitiesByKeyDataLoader<Contribution>
{
    protected override IQueryable<KeyedRow<Contribution>> Query(IReadOnlyList<int> keys) =>
        rules.Visible(db.Contributions).Where(e => keys.Contains(e.StationId)).OrderBy(e => e.ContributedOn).ThenBy(e => e.Id)
            .Select(e => new KeyedRow<Contribution>(e.StationId, e));
}

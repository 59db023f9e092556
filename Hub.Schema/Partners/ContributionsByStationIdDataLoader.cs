using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Partners;

public sealed class ContributionsByStationIdDataLoader(HubDbContext db) : EntitiesByKeyDataLoader<Contribution>
{
    protected override IQueryable<Contribution> Query(IReadOnlyList<int> keys) =>
        db.Contributions.Where(e => keys.Contains(e.StationId)).OrderBy(e => e.ContributedOn).ThenBy(e => e.Id);

    protected override int KeyOf(Contribution entity) => entity.StationId;
}

using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.VolunteerTeams;

public sealed class VolunteerTeamsByStationIdDataLoader(HubDbContext db) : EntitiesByKeyDataLoader<VolunteerTeam>
{
    protected override IQueryable<KeyedRow<VolunteerTeam>> Query(IReadOnlyList<int> keys) =>
        db.VolunteerTeams.Where(e => keys.Contains(e.StationId)).OrderBy(e => e.Id)
            .Select(e => new KeyedRow<VolunteerTeam>(e.StationId, e));
}

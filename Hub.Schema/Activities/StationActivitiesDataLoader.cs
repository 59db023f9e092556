using System.Linq.Expressions;
using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Relay;

namespace Hub.Schema.Activities;

/// <summary>Each station's activities, one page per station, in one statement.</summary>
public sealed class StationActivitiesDataLoader(HubDbContext db, AccessRules rules) : ChildConnectionDataLoader<Station, Activity>(rules)
{
    protected override IQueryable<Station> Parents(IReadOnlyList<int> parentIds) => db.Stations.Where(s => parentIds.Contains(s.Id));

    protected override Expression<Func<Station, int>> ParentId => s => s.Id;

    protected override Expression<Func<Station, IEnumerable<Activity>>> Children(IReadOnlyList<int> parentIds) =>
        s => db.Activities.Where(a => parentIds.Contains(a.StationId) && a.StationId == s.Id);
}

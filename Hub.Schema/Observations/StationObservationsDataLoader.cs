using System.Linq.Expressions;
using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Relay;

namespace Hub.Schema.Observations;

/// <summary>Each station's stored figures, one page per station, in one statement; the caller's figure rule is part of it.</summary>
public sealed class StationObservationsDataLoader(HubDbContext db, AccessRules rules) : ChildConnectionDataLoader<Station, Observation>(rules)
{
    protected override IQueryable<Station> Parents(IReadOnlyList<int> parentIds) => db.Stations.Where(s => parentIds.Contains(s.Id));

    protected override Expression<Func<Station, int>> ParentId => s => s.Id;

    protected override Expression<Func<Station, IEnumerable<Observation>>> Children(IReadOnlyList<int> parentIds) =>
        s => db.Observations.Where(o => parentIds.Contains(o.StationId) && o.StationId == s.Id);
}

using System.Linq.Expressions;
using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Relay;

namespace Hub.Schema.Projects;

/// <summary>Each station's projects, one page per station, in one statement.</summary>
public sealed class StationProjectsDataLoader(HubDbContext db, AccessRules rules) : ChildConnectionDataLoader<Station, Project>(rules)
{
    protected override IQueryable<Station> Parents(IReadOnlyList<int> parentIds) => db.Stations.Where(s => parentIds.Contains(s.Id));

    protected override Expression<Func<Station, int>> ParentId => s => s.Id;

    protected override Expression<Func<Station, IEnumerable<Project>>> Children(IReadOnlyList<int> parentIds) =>
        s => db.Projects.Where(p => parentIds.Contains(p.StationId) && p.StationId == s.Id);
}

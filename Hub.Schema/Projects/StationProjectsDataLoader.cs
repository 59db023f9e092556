using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Relay;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Projects;

/// <summary>Each station's projects by name, one page per station, in one statement.</summary>
public sealed class StationProjectsDataLoader(HubDbContext db) : ChildConnectionDataLoader<Project>
{
    protected override async Task<IReadOnlyList<ChildRows<Project>>> FetchRowsAsync(IReadOnlyList<int> parentIds, int skip, int? take, CancellationToken cancellationToken) =>
        await db.Stations.AsNoTracking()
            .Where(s => parentIds.Contains(s.Id))
            .Select(s => new ChildRows<Project>(
                s.Id,
                s.Projects.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip(skip).Take(take ?? int.MaxValue).ToList(),
                s.Projects.Count()))
            .ToListAsync(cancellationToken);
}

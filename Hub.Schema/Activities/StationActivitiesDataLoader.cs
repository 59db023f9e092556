using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Relay;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Activities;

/// <summary>Each station's activities, newest first, one page per station, in one statement.</summary>
public sealed class StationActivitiesDataLoader(HubDbContext db) : ChildConnectionDataLoader<Activity>
{
    protected override async Task<IReadOnlyList<ChildRows<Activity>>> FetchRowsAsync(IReadOnlyList<int> parentIds, int skip, int? take, CancellationToken cancellationToken) =>
        await db.Stations.AsNoTracking()
            .Where(s => parentIds.Contains(s.Id))
            .Select(s => new ChildRows<Activity>(
                s.Id,
                db.Activities.Where(a => a.StationId == s.Id)
                    .OrderByDescending(a => a.OccurredOn).ThenByDescending(a => a.Id).Skip(skip).Take(take ?? int.MaxValue).ToList(),
                db.Activities.Count(a => a.StationId == s.Id)))
            .ToListAsync(cancellationToken);
}

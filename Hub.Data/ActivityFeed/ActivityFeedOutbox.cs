using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.ActivityFeed;

/// <summary>
/// The activities a unit of work recorded, held until it commits: <see cref="Writes.UnitOfWork"/> publishes them
/// after the commit and discards them when the work rolls back or is retried, so the live feed never shows an
/// activity that is not stored, nor one twice.
/// </summary>
public sealed class ActivityFeedOutbox(HubDbContext db)
{
    private readonly List<(Activity Activity, IReadOnlyList<string> RegionCodes, bool OfInternalProject)> _staged = [];

    /// <summary>
    /// Stages an activity added to the DbContext, with what the feed filters on (the codes of its station's region and
    /// of every region above it, whether its project is internal), read now inside the write's transaction; its id
    /// is read once the save has given it one.
    /// </summary>
    public async Task StageAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var regionCodes = await (from station in db.Stations
                                 where station.Id == activity.StationId
                                 join closure in db.RegionClosures on station.RegionId equals closure.DescendantId
                                 join region in db.Regions on closure.AncestorId equals region.Id
                                 select region.Code).ToListAsync(cancellationToken);
        var ofInternalProject = activity.ProjectId is { } projectId
            && await db.Projects.AnyAsync(p => p.Id == projectId && p.Visibility == Visibility.Internal, cancellationToken);
        _staged.Add((activity, regionCodes, ofInternalProject));
    }

    internal void Discard() => _staged.Clear();

    internal async Task PublishAsync(IActivityFeed feed)
    {
        var staged = _staged.ToList();
        _staged.Clear();
        foreach (var (activity, codes, ofInternalProject) in staged)
        {
            // Not the request's token: a client that went away after the commit does not take the event with it.
            await feed.PublishAsync(ActivityRecorded.Of(activity, codes, ofInternalProject), CancellationToken.None);
        }
    }
}

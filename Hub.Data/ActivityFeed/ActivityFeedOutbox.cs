using Hub.Data.Model;

namespace Hub.Data.ActivityFeed;

/// <summary>
/// The activities a unit of work recorded, held until it commits: <see cref="Writes.UnitOfWork"/> publishes them
/// after the commit and discards them when the work rolls back or is retried, so the live feed never shows an
/// activity that is not stored, nor one twice.
/// </summary>
public sealed class ActivityFeedOutbox
{
    private readonly List<(Activity Activity, IReadOnlyList<string> RegionCodes, bool OfInternalProject)> _staged = [];

    /// <summary>Stages an activity added to the DbContext; its id is read once the save has given it one.</summary>
    public void Stage(Activity activity, IReadOnlyList<string> regionCodes, bool ofInternalProject) =>
        _staged.Add((activity, regionCodes, ofInternalProject));

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

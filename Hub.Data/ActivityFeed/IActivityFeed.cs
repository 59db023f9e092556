namespace Hub.Data.ActivityFeed;

/// <summary>Where recorded activities are published: this process only, or every instance (Redis).</summary>
public interface IActivityFeed
{
    /// <summary>
    /// Publishes an activity whose transaction has committed. Never throws for a failed delivery: the activity is
    /// stored either way, and a feed that cannot reach other instances still delivers to this one.
    /// </summary>
    Task PublishAsync(ActivityRecorded recorded, CancellationToken cancellationToken = default);
}

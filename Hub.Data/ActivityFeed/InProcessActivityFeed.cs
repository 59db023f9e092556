namespace Hub.Data.ActivityFeed;

/// <summary>The default feed: one server instance, events go straight to its own subscribers.</summary>
public sealed class InProcessActivityFeed(ActivityFanout fanout) : IActivityFeed
{
    public Task PublishAsync(ActivityRecorded recorded, CancellationToken cancellationToken = default)
    {
        fanout.Deliver(recorded);
        return Task.CompletedTask;
    }
}

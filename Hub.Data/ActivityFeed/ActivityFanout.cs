using System.Collections.Concurrent;

namespace Hub.Data.ActivityFeed;

/// <summary>
/// The subscribers of this server instance. Delivering an event offers it to every subscriber whose filter
/// matches, without waiting for any of them; whichever way the event arrived (from this process or from another
/// instance through Redis) it is delivered here.
/// </summary>
public sealed class ActivityFanout(ActivityFeedOptions options)
{
    private readonly ConcurrentDictionary<ActivityFeedSubscription, byte> _subscribers = new();
    private volatile bool _completed;
    private long _delivered;
    private long _dropped;

    public int SubscriberCount => _subscribers.Count;

    /// <summary>Events offered to a matching subscriber since the start, for the operators' metrics: the fan-out is the one place that sees them all.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>Events dropped from a slow subscriber's full buffer since the start, across every subscriber, gone or not.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public ActivityFeedSubscription Subscribe(ActivityFeedFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var subscription = new ActivityFeedSubscription(
            filter,
            Math.Max(1, options.BufferSize),
            s => _subscribers.TryRemove(s, out _),
            () => Interlocked.Increment(ref _dropped));
        _subscribers.TryAdd(subscription, 0);
        if (_completed)
        {
            // Shutting down: the subscriber gets an empty feed that ends at once rather than one that never ends.
            subscription.Dispose();
        }

        return subscription;
    }

    public void Deliver(ActivityRecorded recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        foreach (var (subscription, _) in _subscribers)
        {
            if (subscription.Filter.Matches(recorded))
            {
                subscription.Offer(recorded);
                Interlocked.Increment(ref _delivered);
            }
        }
    }

    /// <summary>Ends every feed after the events already waiting, so transports complete their operations cleanly.</summary>
    public void CompleteAll()
    {
        _completed = true;
        foreach (var (subscription, _) in _subscribers)
        {
            subscription.Complete();
        }
    }
}

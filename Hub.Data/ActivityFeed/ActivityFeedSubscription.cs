using System.Threading.Channels;

namespace Hub.Data.ActivityFeed;

/// <summary>
/// One subscriber's bounded buffer. Offering never waits: when the buffer is full the oldest waiting event is
/// dropped and counted, and the count travels with the next event the subscriber reads. Disposing it (the client
/// went away, or completed the operation) takes it out of the fan-out at once.
/// </summary>
public sealed class ActivityFeedSubscription : IDisposable
{
    private readonly Channel<ActivityRecorded> _buffer;
    private readonly Action<ActivityFeedSubscription> _unsubscribe;
    private long _dropped;
    private int _disposed;

    /// <param name="dropped">Told of every event dropped here, so the fan-out keeps a total that outlives the subscriber.</param>
    internal ActivityFeedSubscription(ActivityFeedFilter filter, int capacity, Action<ActivityFeedSubscription> unsubscribe, Action? dropped = null)
    {
        Filter = filter;
        _unsubscribe = unsubscribe;
        _buffer = Channel.CreateBounded<ActivityRecorded>(
            new BoundedChannelOptions(capacity)
            {
                FullMode = BoundedChannelFullMode.DropOldest,
                SingleReader = true,
                SingleWriter = false,
                AllowSynchronousContinuations = false,
            },
            _ =>
            {
                Interlocked.Increment(ref _dropped);
                dropped?.Invoke();
            });
    }

    public ActivityFeedFilter Filter { get; }

    /// <summary>Events waiting to be read.</summary>
    public int Waiting => _buffer.Reader.Count;

    /// <summary>Events dropped since the subscriber last read one.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    internal void Offer(ActivityRecorded recorded) => _buffer.Writer.TryWrite(recorded);

    /// <summary>Ends the feed for this subscriber after the events already waiting (server shutdown).</summary>
    internal void Complete() => _buffer.Writer.TryComplete();

    /// <summary>The events in order until the feed completes or <paramref name="cancellationToken"/> fires.</summary>
    public async IAsyncEnumerable<ActivityFeedItem> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await _buffer.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (_buffer.Reader.TryRead(out var recorded))
            {
                yield return new ActivityFeedItem(recorded, Interlocked.Exchange(ref _dropped, 0));
            }
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _buffer.Writer.TryComplete();
            _unsubscribe(this);
        }
    }
}

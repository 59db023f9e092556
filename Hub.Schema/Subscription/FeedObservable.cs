using Hub.Data.ActivityFeed;

namespace Hub.Schema.Subscription;

/// <summary>
/// The activity feed as the <see cref="IObservable{T}"/> GraphQL.NET subscribes to. Each observer gets its own
/// feed subscription and a pump that hands events on in order, within the transport's
/// <see cref="DeliveryWindow"/>; disposing the observer's subscription leaves the fan-out at once.
/// </summary>
internal sealed class FeedObservable(ActivityFanout fanout, ActivityFeedFilter filter, DeliveryWindow? window) : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var subscription = fanout.Subscribe(filter);
        var stop = new CancellationTokenSource();
        _ = PumpAsync(subscription, observer, stop.Token);
        return new Unsubscriber(subscription, stop);
    }

    private async Task PumpAsync(ActivityFeedSubscription subscription, IObserver<object?> observer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in subscription.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (window is not null)
                {
                    await window.WaitAsync(cancellationToken).ConfigureAwait(false);
                }

                observer.OnNext(item);
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The subscriber left; nobody is listening for a completion.
        }
        catch (ObjectDisposedException) when (cancellationToken.IsCancellationRequested)
        {
            // The window went with the operation.
        }
    }

    private sealed class Unsubscriber(ActivityFeedSubscription subscription, CancellationTokenSource stop) : IDisposable
    {
        public void Dispose()
        {
            subscription.Dispose();
            stop.Cancel();
            stop.Dispose();
        }
    }
}

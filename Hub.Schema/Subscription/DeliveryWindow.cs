using GraphQL;

namespace Hub.Schema.Subscription;

/// <summary>
/// Flow control between a subscription's event feed and the transport that sends its results: the feed hands the
/// next event to execution only while fewer than <c>size</c> results are waiting to be sent, so a client that
/// reads slowly lets events wait in its own bounded feed buffer (where the oldest are dropped and counted), not
/// in an unbounded queue in front of its socket. A transport creates one per operation, attaches it with
/// <see cref="AttachTo"/>, and calls <see cref="Release"/> once for every result it has sent.
/// </summary>
public sealed class DeliveryWindow(int size) : IDisposable
{
    private const string UserContextKey = "Hub.DeliveryWindow";
    private readonly SemaphoreSlim _slots = new(size, size);

    public void AttachTo(ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UserContext[UserContextKey] = this;
    }

    /// <summary>The window a transport attached to this operation, or null where nobody sends results (in-process execution).</summary>
    public static DeliveryWindow? Of(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext.TryGetValue(UserContextKey, out var window) ? window as DeliveryWindow : null;
    }

    internal Task WaitAsync(CancellationToken cancellationToken) => _slots.WaitAsync(cancellationToken);

    /// <summary>One result has left for the client (or was given up on): the feed may hand over another event.</summary>
    public void Release()
    {
        try
        {
            _slots.Release();
        }
        catch (SemaphoreFullException)
        {
            // A transport that releases for a result the feed did not produce (a query or mutation run over the
            // same connection) must not widen the window.
        }
        catch (ObjectDisposedException)
        {
            // The operation already ended.
        }
    }

    public void Dispose() => _slots.Dispose();
}

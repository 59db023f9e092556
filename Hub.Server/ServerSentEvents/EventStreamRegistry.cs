using System.Collections.Concurrent;
using System.Security.Cryptography;
using Hub.Schema.Access;
using Microsoft.Extensions.Options;

namespace Hub.Server.ServerSentEvents;

/// <summary>
/// The single-connection streams of this server instance by token. A reservation that is not opened within
/// <see cref="ServerSentEventsOptions.ReservationTimeout"/> is forgotten; a stream is forgotten when it closes.
/// Tokens live in this process only: behind a load balancer, the PUT, the stream and the operations of one client
/// must reach the same instance (sticky sessions), or clients use distinct connections mode, which has no state.
/// </summary>
internal sealed class EventStreamRegistry(IOptions<ServerSentEventsOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ReservedEventStream> _streams = new(StringComparer.Ordinal);
    private volatile bool _stopping;

    public int Count => _streams.Count;

    public bool IsStopping => _stopping;

    public ReservedEventStream Reserve(HubCaller caller)
    {
        // 256 random bits: the token is the only thing that ties later requests to the stream.
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var stream = new ReservedEventStream(token, caller);
        _streams[token] = stream;

        ITimer? expiry = null;
        expiry = time.CreateTimer(
            _ =>
            {
                expiry?.Dispose();
                if (!stream.IsOpen)
                {
                    _ = CloseAsync(stream);
                }
            },
            null,
            options.Value.ReservationTimeout,
            Timeout.InfiniteTimeSpan);
        return stream;
    }

    /// <summary>The stream behind a token, if it exists, is not closed, and belongs to this caller.</summary>
    public ReservedEventStream? Find(string token, HubCaller caller) =>
        _streams.TryGetValue(token, out var stream) && !stream.IsClosed && stream.Caller == caller ? stream : null;

    /// <summary>Forgets the stream and ends its operations, releasing their DI scopes.</summary>
    public async Task CloseAsync(ReservedEventStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _streams.TryRemove(new KeyValuePair<string, ReservedEventStream>(stream.Token, stream));
        foreach (var operation in stream.Close())
        {
            await operation.DisposeAsync();
        }

        stream.Dispose();
    }

    /// <summary>Server shutdown: reservations nobody opened are dropped; open streams end once their operations complete.</summary>
    public void Drain()
    {
        _stopping = true;
        foreach (var (_, stream) in _streams)
        {
            if (stream.IsOpen)
            {
                stream.Drain();
            }
            else
            {
                _ = CloseAsync(stream);
            }
        }
    }
}

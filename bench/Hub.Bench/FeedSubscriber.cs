using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Bench;

/// <summary>
/// One graphql-transport-ws client with one subscription: connection_init, connection_ack, subscribe, then a
/// receive loop that stamps the arrival time of every <c>next</c> by the event number in its title
/// (<see cref="EventTitle"/>), answers the server's pings, and remembers how the connection ended.
/// </summary>
public sealed class FeedSubscriber : IAsyncDisposable
{
    public const string Subprotocol = "graphql-transport-ws";
    private const string OperationId = "1";
    private static readonly byte[] Pong = """{"type":"pong"}"""u8.ToArray();
    private static readonly byte[] Complete = Encoding.UTF8.GetBytes($$"""{"id":"{{OperationId}}","type":"complete"}""");

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly long[] _arrivals;
    private Task _listening = Task.CompletedTask;
    private int _closing;

    private readonly int _firstCounted;

    /// <param name="filter">The subscription's arguments.</param>
    /// <param name="eventCount">Events are numbered from 0 to this count, exclusive.</param>
    /// <param name="firstCounted">Duplicates of earlier events (probes sent until all have them) are not counted.</param>
    public FeedSubscriber(FeedFilter filter, int eventCount, int firstCounted)
    {
        Filter = filter;
        _arrivals = new long[eventCount];
        _firstCounted = firstCounted;
        _socket.Options.AddSubProtocol(Subprotocol);
        // No client keep-alive frames: the benchmark measures the feed, not idle traffic.
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
    }

    public FeedFilter Filter { get; }

    /// <summary>Results received for measured events already stamped (the same event twice).</summary>
    public int Duplicates { get; private set; }

    /// <summary>The sum of the server's <c>extensions.droppedEvents</c>: events it dropped from this subscriber's buffer.</summary>
    public long DroppedByServer { get; private set; }

    /// <summary>Why the subscription or the connection ended before the benchmark closed it, if it did.</summary>
    public string? Failure { get; private set; }

    /// <summary>The <see cref="Stopwatch"/> timestamp at which the result for event <paramref name="number"/> arrived, or 0.</summary>
    public long ArrivalOf(int number) => Volatile.Read(ref _arrivals[number]);

    public async Task ConnectAsync(Uri url, string query, JsonObject? variables, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var deadline = new CancellationTokenSource(timeout);
        await _socket.ConnectAsync(url, deadline.Token);
        if (_socket.SubProtocol != Subprotocol)
        {
            throw new InvalidOperationException($"The server chose the subprotocol \"{_socket.SubProtocol}\", not {Subprotocol}.");
        }

        await SendAsync("""{"type":"connection_init","payload":{}}"""u8.ToArray(), deadline.Token);
        var buffer = new byte[1024];
        var length = 0;
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer.AsMemory(length), deadline.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException($"The server closed the connection before connection_ack: {(int?)_socket.CloseStatus} {_socket.CloseStatusDescription}");
            }

            length += received.Count;
            if (!received.EndOfMessage)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
                continue;
            }

            if (TypeOf(buffer.AsSpan(0, length)) == "connection_ack")
            {
                break;
            }

            length = 0;
        }

        var subscribe = new JsonObject
        {
            ["id"] = OperationId,
            ["type"] = "subscribe",
            ["payload"] = new JsonObject { ["query"] = query, ["variables"] = variables },
        };
        await SendAsync(JsonSerializer.SerializeToUtf8Bytes(subscribe), deadline.Token);
        _listening = Task.Run(ListenAsync);
    }

    /// <summary>Completes the operation and closes the connection normally, waiting at most <paramref name="timeout"/>.</summary>
    public async Task CloseAsync(TimeSpan timeout)
    {
        Interlocked.Exchange(ref _closing, 1);
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await SendAsync(Complete, deadline.Token);
                await _sending.WaitAsync(deadline.Token);
                try
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "benchmark done", deadline.Token);
                }
                finally
                {
                    _sending.Release();
                }
            }

            await _listening.WaitAsync(deadline.Token);
        }
        catch (Exception gone) when (gone is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _socket.Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Interlocked.Exchange(ref _closing, 1);
        _socket.Abort();
        try
        {
            await _listening;
        }
        catch (Exception gone) when (gone is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Aborted on purpose.
        }

        _socket.Dispose();
        _sending.Dispose();
    }

    private async Task ListenAsync()
    {
        var buffer = new byte[1024];
        var length = 0;
        try
        {
            while (true)
            {
                var received = await _socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    if (Volatile.Read(ref _closing) == 0)
                    {
                        Failure ??= $"closed by the server: {(int?)_socket.CloseStatus} {_socket.CloseStatusDescription}";
                    }

                    return;
                }

                length += received.Count;
                if (!received.EndOfMessage)
                {
                    if (length == buffer.Length)
                    {
                        Array.Resize(ref buffer, buffer.Length * 2);
                    }

                    continue;
                }

                var arrived = Stopwatch.GetTimestamp();
                if (Handle(buffer.AsSpan(0, length), arrived))
                {
                    await SendAsync(Pong, CancellationToken.None);
                }

                length = 0;
            }
        }
        catch (Exception broken) when (broken is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            if (Volatile.Read(ref _closing) == 0)
            {
                Failure ??= $"connection lost: {broken.Message}";
            }
        }
    }

    /// <summary>Reads one message; true when it was a ping that needs its pong.</summary>
    private bool Handle(ReadOnlySpan<byte> message, long arrived)
    {
        using var document = JsonDocument.Parse(message.ToArray());
        var root = document.RootElement;
        switch (root.GetProperty("type").GetString())
        {
            case "next":
                var payload = root.GetProperty("payload");
                if (payload.TryGetProperty("errors", out var errors))
                {
                    Failure ??= $"next with errors: {errors.GetRawText()}";
                    return false;
                }

                if (payload.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("droppedEvents", out var dropped))
                {
                    DroppedByServer += dropped.GetInt64();
                }

                var title = payload.GetProperty("data").GetProperty("activityRecorded").GetProperty("title").GetString();
                if (EventTitle.TryParse(title, out var number) && number < _arrivals.Length)
                {
                    if (_arrivals[number] == 0)
                    {
                        Volatile.Write(ref _arrivals[number], arrived);
                    }
                    else if (number >= _firstCounted)
                    {
                        Duplicates++;
                    }
                }

                return false;
            case "ping":
                return true;
            case "error":
                Failure ??= $"error: {root.GetProperty("payload").GetRawText()}";
                return false;
            case "complete":
                Failure ??= "the server completed the subscription";
                return false;
            default:
                return false;
        }
    }

    private async Task SendAsync(byte[] message, CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sending.Release();
        }
    }

    private static string? TypeOf(ReadOnlySpan<byte> message)
    {
        var reader = new Utf8JsonReader(message);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                return reader.GetString();
            }
        }

        return null;
    }
}

using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Hub.Tests.WebSockets;

/// <summary>
/// A bare WebSocket client speaking graphql-transport-ws message by message, for what the reference client never
/// does on purpose: breaking the protocol. Every wait has a time limit, so a server that stays silent fails the test.
/// </summary>
public sealed class ProtocolClient : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<Received> _incoming = Channel.CreateUnbounded<Received>();
    private Task? _reading;
    private int _closing;

    private ProtocolClient()
    {
    }

    public WebSocket Socket => _socket;

    public static async Task<ProtocolClient> ConnectAsync(Uri address, string? subProtocol = "graphql-transport-ws", IReadOnlyDictionary<string, string>? headers = null)
    {
        var client = new ProtocolClient();
        if (subProtocol is not null)
        {
            client._socket.Options.AddSubProtocol(subProtocol);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            client._socket.Options.SetRequestHeader(name, value);
        }

        using var timeout = new CancellationTokenSource(Patience);
        await client._socket.ConnectAsync(address, timeout.Token);
        return client;
    }

    /// <summary>
    /// Connects (the upgrade request carrying <paramref name="headers"/>), sends connection_init (with
    /// <paramref name="authorization"/> in its payload) and waits for connection_ack.
    /// </summary>
    public static async Task<ProtocolClient> ConnectAndInitAsync(Uri address, string? authorization = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var client = await ConnectAsync(address, headers: headers);
        await client.SendAsync(new JsonObject
        {
            ["type"] = "connection_init",
            ["payload"] = authorization is null ? null : new JsonObject { ["authorization"] = authorization },
        });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack["type"]?.GetValue<string>());
        return client;
    }

    public Task SendAsync(JsonNode message) => SendTextAsync(message.ToJsonString());

    public Task SendTextAsync(string text) => SendTextFrameAsync(Encoding.UTF8.GetBytes(text));

    /// <summary>Sends <paramref name="bytes"/> as one text frame as they are, whether or not they are UTF-8.</summary>
    public async Task SendTextFrameAsync(byte[] bytes)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) => SendAsync(new JsonObject
    {
        ["id"] = id,
        ["type"] = "subscribe",
        ["payload"] = new JsonObject
        {
            ["query"] = query,
            ["variables"] = variables is null ? null : System.Text.Json.JsonSerializer.SerializeToNode(variables),
        },
    });

    /// <summary>The next message; fails when the server closes or says nothing within the time limit.</summary>
    public async Task<JsonObject> ReceiveAsync(TimeSpan? within = null)
    {
        var received = await NextAsync(within ?? Patience);
        Assert.True(received.Message is not null, $"Expected a message, but the server closed with {received.Close?.Code} \"{received.Close?.Reason}\"");
        return received.Message!;
    }

    /// <summary>Waits for the server's close frame (answered by the read loop), failing on any message before it.</summary>
    public async Task<(int Code, string Reason)> ReceiveCloseAsync(TimeSpan? within = null)
    {
        var received = await NextAsync(within ?? Patience);
        Assert.True(received.Close is not null, $"Expected the server to close, but it sent {received.Message?.ToJsonString()}");
        return received.Close!.Value;
    }

    /// <summary>The message that arrived within <paramref name="quiet"/>, or null when the server stayed silent.</summary>
    public async Task<JsonObject?> ReceiveNothingWithinAsync(TimeSpan quiet)
    {
        using var timeout = new CancellationTokenSource(quiet);
        try
        {
            await _incoming.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        var received = await NextAsync(Patience);
        return received.Message ?? new JsonObject { ["closed"] = received.Close?.Code };
    }

    private async Task<Received> NextAsync(TimeSpan within)
    {
        _reading ??= Task.Run(ReadLoopAsync);
        using var timeout = new CancellationTokenSource(within);
        try
        {
            return await _incoming.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The server sent nothing within {within}.");
        }
    }

    // One receive loop for the socket's life: a cancelled ReceiveAsync would abort the socket, so waiting with a
    // time limit happens on the channel instead.
    private async Task ReadLoopAsync()
    {
        var buffer = new byte[256 * 1024];
        try
        {
            while (true)
            {
                var length = 0;
                ValueWebSocketReceiveResult received;
                do
                {
                    received = await _socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
                    length += received.Count;
                }
                while (!received.EndOfMessage);

                if (received.MessageType == WebSocketMessageType.Close)
                {
                    // Answer a close the server started; one this client started is already answered by this one.
                    if (_socket.State == WebSocketState.CloseReceived && Volatile.Read(ref _closing) == 0)
                    {
                        using var closing = new CancellationTokenSource(Patience);
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, closing.Token);
                    }

                    await _incoming.Writer.WriteAsync(new Received(null, ((int)(_socket.CloseStatus ?? 0), _socket.CloseStatusDescription ?? string.Empty)));
                    return;
                }

                await _incoming.Writer.WriteAsync(new Received(JsonNode.Parse(buffer.AsSpan(0, length))!.AsObject(), null));
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            _incoming.Writer.TryComplete(ex);
        }
    }

    private sealed record Received(JsonObject? Message, (int Code, string Reason)? Close);

    /// <summary>Closes with 1000 and waits for the server's answering close.</summary>
    public async Task CloseAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        Volatile.Write(ref _closing, 1);
        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        // Messages the server sent before it saw the close may still be on their way.
        while ((await NextAsync(Patience)).Close is null)
        {
        }
    }

    public void Dispose() => _socket.Dispose();
}

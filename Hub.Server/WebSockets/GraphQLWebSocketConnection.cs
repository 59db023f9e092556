using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Hub.Schema.Errors;
using Hub.Schema.Subscription;
using Hub.Server.Http;
using Hub.Server.RateLimiting;
using Hub.Server.Streaming;
using Hub.Server.Telemetry;

namespace Hub.Server.WebSockets;

/// <summary>
/// One graphql-transport-ws connection: a read loop that handles the client's messages in order, one task per
/// operation, and one write loop that alone sends on the socket, from a bounded queue.
/// </summary>
/// <remarks>
/// The queue cannot be filled by a slow client: every subscription has at most <see cref="GraphQLWebSocketOptions.DeliveryWindow"/>
/// results in it (its feed waits for <see cref="DeliveryWindow.Release"/>, which the write loop calls once a result
/// has left, and meanwhile drops the oldest events of the subscriber's own buffer), the read loop waits for one
/// of a few control slots before it queues an answer (so a client that sends pings and reads nothing stops being
/// read), and the queue is sized for all of that at the operation limit. Publishing never waits for any of it.
/// </remarks>
internal sealed partial class GraphQLWebSocketConnection : IDisposable
{
    private const int ControlSlots = 16;

    private readonly WebSocket _socket;
    private readonly HttpContext _upgradeRequest;
    private readonly GraphQLWebSocketOptions _options;
    private readonly StreamingOperationRunner _runner;
    private readonly IServiceScopeFactory _scopes;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly IGraphQLWebSocketInitializer _initializer;
    private readonly HubRateLimiter? _rateLimiter;
    private readonly ILogger _logger;
    private readonly Channel<OutgoingFrame> _outgoing;
    private readonly SemaphoreSlim _controlSlots = new(ControlSlots, ControlSlots);
    private readonly ConcurrentDictionary<string, GraphQLWebSocketOperation> _operations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _aborted;
    private readonly CancellationTokenSource _operationsAborted;
    private ClaimsPrincipal _caller = new();
    private volatile bool _initReceived;
    private volatile bool _acknowledged;
    private volatile bool _dropPending;
    private int _closeRequested;
    private bool _closeSent;

    public GraphQLWebSocketConnection(
        WebSocket socket,
        HttpContext upgradeRequest,
        GraphQLWebSocketOptions options,
        StreamingOperationRunner runner,
        IServiceScopeFactory scopes,
        IGraphQLTextSerializer serializer,
        IGraphQLWebSocketInitializer initializer,
        HubRateLimiter? rateLimiter,
        ILogger logger)
    {
        _socket = socket;
        _upgradeRequest = upgradeRequest;
        _options = options;
        _runner = runner;
        _scopes = scopes;
        _serializer = serializer;
        _initializer = initializer;
        _rateLimiter = rateLimiter;
        _logger = logger;
        _aborted = CancellationTokenSource.CreateLinkedTokenSource(upgradeRequest.RequestAborted);
        _operationsAborted = CancellationTokenSource.CreateLinkedTokenSource(_aborted.Token);
        // Results: a window per operation plus its final complete or error; answers: the control slots; one close.
        var capacity = (options.MaxOperationsPerConnection * (options.DeliveryWindow + 1)) + ControlSlots + 1;
        _outgoing = Channel.CreateBounded<OutgoingFrame>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Operations running now.</summary>
    public int OperationCount => _operations.Count;

    /// <summary>Serves the connection until the socket closes or breaks; every operation has ended when this returns.</summary>
    public async Task RunAsync()
    {
        var writing = Task.Run(WriteLoopAsync);
        _ = CloseUnlessInitialisedAsync();
        var refusedFrame = false;
        try
        {
            await ReadLoopAsync();
        }
        catch (WebSocketException ex) when (ex.WebSocketErrorCode == WebSocketError.Faulted)
        {
            // The socket refused a frame by itself (a text frame that is not UTF-8: 1007, a broken frame: 1002),
            // sent its close frame and gave itself up.
            refusedFrame = true;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client vanished (keep-alive timed out, TCP reset), or the close handshake did not finish in time.
        }
        catch (Exception ex)
        {
            // A fault of the server's own (an initializer that threw, say): the client learns it from the close code.
            LogConnectionFault(_logger, ex);
            RequestClose(GraphQLWebSocketCloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            // Operations end first and free their feed subscriptions; the write loop then gets to answer the
            // client's close (bounded by the close timeout) before the socket is given up.
            _operationsAborted.Cancel();
            await Task.WhenAll(_running.Keys);
            _outgoing.Writer.TryComplete();
            await writing;
            _aborted.Cancel();
        }

        if (refusedFrame)
        {
            await LingerAsync();
        }
    }

    /// <summary>
    /// Keeps the TCP connection a while after the socket gave itself up: were it closed at once, the client's
    /// answer to the close frame would meet a reset, which discards the close frame before the client reads it,
    /// and the client would see 1006 instead of the code. Ends when the client hangs up or the close timeout passes.
    /// </summary>
    private async Task LingerAsync()
    {
        try
        {
            await Task.Delay(_options.CloseTimeout, _upgradeRequest.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client hung up.
        }
    }

    /// <summary>
    /// Server shutdown: the feeds have been completed, so subscriptions send what was waiting and their
    /// <c>complete</c>; whatever still runs after the grace period is completed here. Then 1001 Going Away.
    /// </summary>
    public async Task ShutDownAsync()
    {
        try
        {
            var deadline = DateTime.UtcNow + _options.ShutdownGracePeriod;
            while (!_operations.IsEmpty && DateTime.UtcNow < deadline && !_aborted.IsCancellationRequested)
            {
                await Task.Delay(20, _aborted.Token);
            }

            foreach (var operation in _operations.Values)
            {
                if (Finish(operation))
                {
                    SendFinal(ServerMessage.Complete(operation.Id));
                }

                operation.Abort();
            }

            RequestClose(GraphQLWebSocketCloseCodes.GoingAway, "Going away", afterPending: true);

            // A client too slow to take its last messages does not hold up the server's stop for long.
            Abort(after: _options.CloseTimeout * 2);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // The connection ended on its own meanwhile.
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitWaitTimeout, _aborted.Token);
            if (!_initReceived)
            {
                RequestClose(GraphQLWebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult received;
            var tooBig = false;
            do
            {
                received = await _socket.ReceiveAsync(buffer.GetMemory(4096), _aborted.Token);
                if (!tooBig)
                {
                    buffer.Advance(received.Count);
                    tooBig = buffer.WrittenCount > _options.MaxMessageBytes;
                    if (tooBig)
                    {
                        buffer.ResetWrittenCount();
                    }
                }
            }
            while (!received.EndOfMessage);

            if (received.MessageType == WebSocketMessageType.Close)
            {
                // The client closed (1000 when it is done): answer its close and end every operation.
                var status = _socket.CloseStatus is { } code ? (int)code : GraphQLWebSocketCloseCodes.NormalClosure;
                RequestClose(status, _socket.CloseStatusDescription ?? string.Empty);
                return;
            }

            if (Volatile.Read(ref _closeRequested) == 1)
            {
                // Closing: only the client's close frame matters now.
                continue;
            }

            if (tooBig)
            {
                RequestClose(GraphQLWebSocketCloseCodes.MessageTooBig, $"Message too big: the limit is {_options.MaxMessageBytes} bytes");
                continue;
            }

            if (received.MessageType == WebSocketMessageType.Binary)
            {
                RequestClose(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message received: binary messages are not part of the protocol");
                continue;
            }

            var message = ClientMessage.Parse(buffer.WrittenMemory, out var invalid);
            if (message is null)
            {
                RequestClose(GraphQLWebSocketCloseCodes.BadRequest, invalid!);
                continue;
            }

            await HandleAsync(message);
        }
    }

    private async Task HandleAsync(ClientMessage message)
    {
        switch (message.Type)
        {
            case ClientMessage.ConnectionInit:
                if (_initReceived)
                {
                    RequestClose(GraphQLWebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
                    return;
                }

                _initReceived = true;
                var caller = await _initializer.InitializeAsync(_upgradeRequest, message.Payload, _aborted.Token);
                if (caller is null)
                {
                    RequestClose(GraphQLWebSocketCloseCodes.Forbidden, "Forbidden");
                    return;
                }

                _caller = caller;
                _acknowledged = true;
                await SendControlAsync(ServerMessage.ConnectionAck());
                return;

            case ClientMessage.Ping:
                await SendControlAsync(ServerMessage.Pong(message.Payload));
                return;

            case ClientMessage.Pong:
                // A client's heartbeat or the answer to a ping; nothing to do.
                return;

            case ClientMessage.Complete:
                if (_operations.TryRemove(message.Id!, out var completed))
                {
                    // The client needs no answer: it has already forgotten the operation.
                    completed.Abort();
                }

                return;

            case ClientMessage.Subscribe:
                await SubscribeAsync(message.Id!, message.Payload!.Value);
                return;
        }
    }

    private async Task SubscribeAsync(string id, JsonElement payload)
    {
        if (!_acknowledged)
        {
            RequestClose(GraphQLWebSocketCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (_operations.ContainsKey(id))
        {
            RequestClose(GraphQLWebSocketCloseCodes.SubscriberAlreadyExists, Reason($"Subscriber for {id} already exists"));
            return;
        }

        if (RateLimited() is { } limited)
        {
            // The operation is refused, not the socket: its other operations and later ones within the allowance go on.
            await SendControlAsync(ServerMessage.Error(id, ErrorsJson(limited, HubErrorCodes.RateLimited)));
            return;
        }

        if (_operations.Count >= _options.MaxOperationsPerConnection)
        {
            await SendControlAsync(ServerMessage.Error(id, ErrorsJson(
                $"This connection already runs {_options.MaxOperationsPerConnection} operations, the most one connection may; complete one first or open another connection.",
                HubErrorCodes.TooManyOpenOperations)));
            return;
        }

        GraphQLRequest request;
        try
        {
            request = _serializer.Deserialize<GraphQLRequest>(payload.GetRawText())
                ?? throw new JsonException("The payload is empty.");
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            RequestClose(GraphQLWebSocketCloseCodes.BadRequest, "Invalid message received: the subscribe payload is not a GraphQL request");
            return;
        }

        var operation = new GraphQLWebSocketOperation(id, _operationsAborted.Token);
        _operations[id] = operation;
        var running = RunOperationAsync(operation, request);
        _running.TryAdd(running, 0);
        _ = running.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task RunOperationAsync(GraphQLWebSocketOperation operation, GraphQLRequest request)
    {
        // Yield first so the read loop goes on with the next message while this operation validates and runs.
        await Task.Yield();
        var scope = _scopes.CreateAsyncScope();
        var window = new DeliveryWindow(_options.DeliveryWindow);
        IDisposable? subscription = null;
        try
        {
            var started = await _runner.StartAsync(request, _caller, scope.ServiceProvider, window, operation.Aborted, clientAddress: _upgradeRequest.Connection.RemoteIpAddress, transport: HubMetrics.WebSocket);
            if (started.Stream is { } stream)
            {
                var observer = new OperationObserver(this, operation, window);
                subscription = stream.Subscribe(observer);
                await observer.Finished.WaitAsync(operation.Aborted);
            }
            else if (started.Result is { } result)
            {
                if (started.FailedBeforeExecution || IsRefusedSubscription(result))
                {
                    if (Finish(operation))
                    {
                        SendFinal(ServerMessage.Error(operation.Id, ErrorsJson(result)));
                    }
                }
                else if (_operations.TryGetValue(operation.Id, out var current) && current == operation)
                {
                    // Still running: neither completed by the client nor by a shutdown, which already sent complete.
                    SendFinal(ServerMessage.Next(operation.Id, _serializer.Serialize(result)));
                    if (Finish(operation))
                    {
                        SendFinal(ServerMessage.Complete(operation.Id));
                    }
                }
            }
        }
        catch (OperationCanceledException) when (operation.Aborted.IsCancellationRequested)
        {
            // The client completed the operation, the connection ended, or the server is shutting down.
        }
        catch (Exception ex)
        {
            LogOperationFault(_logger, operation.Id, ex);
            if (Finish(operation))
            {
                SendFinal(ServerMessage.Error(operation.Id, ErrorsJson(
                    "The server could not run the operation. The fault has been logged; please try again later.",
                    HubErrorCodes.InternalServerError)));
            }
        }
        finally
        {
            // In this order: the feed subscription leaves the fan-out, then its window and DI scope go.
            subscription?.Dispose();
            Finish(operation);
            operation.Abort();
            operation.Dispose();
            window.Dispose();
            await scope.DisposeAsync();
        }
    }

    /// <summary>
    /// Takes a permit for one operation from the allowance the caller's HTTP requests use (its key or token subject
    /// as given in connection_init, else the client address): the upgrade took one permit, and without this one
    /// socket could run any number of operations. Null when granted, else the message of the refusal.
    /// </summary>
    private string? RateLimited()
    {
        if (_rateLimiter is not { Enabled: true } limiter)
        {
            return null;
        }

        var key = HubRateLimiter.KeyOf(_caller, _upgradeRequest.Connection.RemoteIpAddress);
        using var lease = limiter.AttemptAcquire(key);
        return lease.IsAcquired
            ? null
            : $"Too many requests: at most {limiter.PermitsOf(key)} requests and operations in {limiter.Window.TotalSeconds:0} seconds. Try again in {limiter.RetryAfterSeconds(lease)} seconds.";
    }

    /// <summary>
    /// A subscription whose source stream could not be created (a NOT_FOUND region, a bad argument) has no stream
    /// and no data: it never started, so it ends with an error message like a validation failure.
    /// </summary>
    private static bool IsRefusedSubscription(ExecutionResult result) =>
        result.Operation?.Operation == OperationType.Subscription && result.Streams is not { Count: > 0 };

    /// <summary>Takes the operation out of the running set; true when this call did it, so only one final message is sent.</summary>
    private bool Finish(GraphQLWebSocketOperation operation) =>
        _operations.TryRemove(new KeyValuePair<string, GraphQLWebSocketOperation>(operation.Id, operation));

    private string ErrorsJson(ExecutionResult result)
    {
        if (result.Errors is not { Count: > 0 })
        {
            return ErrorsJson("The operation could not be run.", HubErrorCodes.BadRequest);
        }

        // GraphQL.NET's serializer writes errors as the HTTP transport does; the protocol's error payload is the array.
        var serialized = JsonNode.Parse(_serializer.Serialize(new ExecutionResult { Errors = result.Errors }))!;
        return serialized["errors"]!.ToJsonString();
    }

    private string ErrorsJson(string message, string code)
    {
        // Written by hand, past the serializer that counts the other errors.
        _upgradeRequest.RequestServices.GetService<HubMetrics>()?.RecordError(code);
        return new JsonArray(new JsonObject { ["message"] = message, ["extensions"] = new JsonObject { ["code"] = code } }).ToJsonString();
    }

    private async Task SendControlAsync(byte[] text)
    {
        await _controlSlots.WaitAsync(_aborted.Token);
        if (!_outgoing.Writer.TryWrite(OutgoingFrame.Message(text, control: true)))
        {
            _controlSlots.Release();
        }
    }

    /// <summary>Queues a result or final message of an operation; its room in the queue was reserved by the sizing.</summary>
    private void SendResult(byte[] text, DeliveryWindow? window)
    {
        if (!_outgoing.Writer.TryWrite(OutgoingFrame.Message(text, window)))
        {
            window?.Release();
            if (!_aborted.IsCancellationRequested && Volatile.Read(ref _closeRequested) == 0)
            {
                // Only a client that reads nothing while it keeps starting and completing operations gets here.
                LogQueueFull(_logger);
                RequestClose(GraphQLWebSocketCloseCodes.InternalServerError, "The client does not read its messages");
            }
        }
    }

    private void SendFinal(byte[] text) => SendResult(text, null);

    /// <summary>
    /// Closes the socket with <paramref name="code"/>: at once, dropping what waits to be sent (protocol errors),
    /// or after it (shutdown, where the operations' complete messages must go first). The first request wins.
    /// </summary>
    private void RequestClose(int code, string reason, bool afterPending = false)
    {
        if (Interlocked.Exchange(ref _closeRequested, 1) == 1)
        {
            return;
        }

        if (!afterPending)
        {
            _dropPending = true;
        }

        if (!_outgoing.Writer.TryWrite(OutgoingFrame.Close(code, reason)))
        {
            Abort();
        }
    }

    /// <summary>Gives the socket up: the read loop ends, and with it every operation.</summary>
    private void Abort(TimeSpan? after = null)
    {
        try
        {
            if (after is { } delay)
            {
                _aborted.CancelAfter(delay);
            }
            else
            {
                _aborted.Cancel();
            }
        }
        catch (ObjectDisposedException)
        {
            // The connection already ended.
        }
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            await foreach (var frame in _outgoing.Reader.ReadAllAsync())
            {
                try
                {
                    if (frame.IsClose)
                    {
                        await SendCloseAsync(frame.CloseCode, frame.CloseReason!);
                    }
                    else if (!_closeSent && !_dropPending && !_aborted.IsCancellationRequested)
                    {
                        await _socket.SendAsync(frame.Text.AsMemory(), WebSocketMessageType.Text, endOfMessage: true, _aborted.Token);
                    }
                }
                finally
                {
                    frame.Window?.Release();
                    if (frame.Control)
                    {
                        _controlSlots.Release();
                    }
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The socket broke: end the read loop and with it every operation.
            Abort();
        }
    }

    private async Task SendCloseAsync(int code, string reason)
    {
        if (_closeSent)
        {
            return;
        }

        _closeSent = true;
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_aborted.Token);
            timeout.CancelAfter(_options.CloseTimeout);
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
        }

        // A client that does not answer the close frame is not waited for beyond the close timeout.
        Abort(after: _options.CloseTimeout);
    }

    /// <summary>A close reason may carry at most 123 bytes of UTF-8.</summary>
    private static string Reason(string reason)
    {
        while (System.Text.Encoding.UTF8.GetByteCount(reason) > 123)
        {
            reason = reason[..^1];
        }

        return reason;
    }

    public void Dispose()
    {
        _operationsAborted.Dispose();
        _aborted.Dispose();
        _controlSlots.Dispose();
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Error, Message = "The GraphQL operation {OperationId} over WebSocket failed on the server")]
    private static partial void LogOperationFault(ILogger logger, string operationId, Exception exception);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "A WebSocket client's send queue is full; closing the connection")]
    private static partial void LogQueueFull(ILogger logger);

    [LoggerMessage(EventId = 23, Level = LogLevel.Error, Message = "A GraphQL WebSocket connection failed on the server")]
    private static partial void LogConnectionFault(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 22, Level = LogLevel.Error, Message = "A subscription over WebSocket ended with a server fault")]
    private static partial void LogStreamFault(ILogger logger, Exception exception);

    /// <summary>Sends each result of a subscription as <c>next</c>, its end as <c>complete</c>.</summary>
    private sealed class OperationObserver(GraphQLWebSocketConnection connection, GraphQLWebSocketOperation operation, DeliveryWindow window) : IObserver<ExecutionResult>
    {
        private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Finished => _finished.Task;

        public void OnNext(ExecutionResult value)
        {
            if (operation.Aborted.IsCancellationRequested)
            {
                window.Release();
                return;
            }

            value.Errors = GraphQLErrorClassifier.Classify(value.Errors);
            connection.SendResult(ServerMessage.Next(operation.Id, connection._serializer.Serialize(value)), window);
        }

        public void OnError(Exception error)
        {
            LogStreamFault(connection._logger, error);
            if (connection.Finish(operation))
            {
                connection.SendFinal(ServerMessage.Error(operation.Id, connection.ErrorsJson(
                    "The subscription failed on the server. The fault has been logged; please subscribe again.",
                    HubErrorCodes.InternalServerError)));
            }

            _finished.TrySetResult();
        }

        public void OnCompleted()
        {
            if (connection.Finish(operation))
            {
                connection.SendFinal(ServerMessage.Complete(operation.Id));
            }

            _finished.TrySetResult();
        }
    }
}

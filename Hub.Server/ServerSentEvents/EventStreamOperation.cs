using System.Net;
using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using Hub.Schema.Errors;
using Hub.Schema.Subscription;
using Hub.Server.Streaming;

namespace Hub.Server.ServerSentEvents;

/// <summary>
/// One GraphQL operation whose results travel on an <see cref="EventStream"/>: its own DI scope and delivery
/// window, started through <see cref="StreamingOperationRunner"/>, ended by its last result, by the client
/// (DELETE, or closing the stream), or by the server shutting down its feed.
/// </summary>
internal sealed partial class EventStreamOperation : IAsyncDisposable
{
    private const string ServerFaultMessage = "The server could not process the operation. The fault has been logged; please try again later.";

    private readonly EventStream _stream;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly ILogger _logger;
    private readonly AsyncServiceScope _scope;
    private readonly DeliveryWindow _window;
    private readonly CancellationTokenSource _aborted;
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IDisposable? _subscription;
    private int _state; // 0 running, 1 ended
    private int _disposed;

    public EventStreamOperation(
        string? id,
        EventStream stream,
        IServiceScopeFactory scopes,
        int windowSize,
        ILogger logger,
        CancellationToken streamClosed)
    {
        Id = id;
        _stream = stream;
        _logger = logger;
        _scope = scopes.CreateAsyncScope();
        _serializer = _scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        _window = new DeliveryWindow(windowSize);
        _aborted = CancellationTokenSource.CreateLinkedTokenSource(streamClosed);
    }

    /// <summary>The client's <c>extensions.operationId</c> in single connection mode; null in distinct connections mode.</summary>
    public string? Id { get; }

    /// <summary>Completes when the operation has sent its <c>complete</c> event or was stopped.</summary>
    public Task Ended => _ended.Task;

    /// <summary>
    /// Parses, validates and starts the operation (a subscription's subscribe step, a query's whole execution).
    /// A time-out or a server fault becomes a result with the matching error, like over HTTP.
    /// </summary>
    public async Task<StreamingOperation> StartAsync(GraphQLRequest request, ClaimsPrincipal user, IPAddress? clientAddress, bool isGet)
    {
        var runner = _scope.ServiceProvider.GetRequiredService<StreamingOperationRunner>();
        try
        {
            return await runner.StartAsync(request, user, _scope.ServiceProvider, _window, _aborted.Token, isGet, clientAddress, Telemetry.HubMetrics.ServerSentEvents);
        }
        catch (OperationCanceledException) when (!_aborted.IsCancellationRequested)
        {
            return new StreamingOperation(Failure(HubErrorCodes.RequestTimeout, "The operation did not finish within the time limit and was cancelled; ask for less."), null, false);
        }
        catch (OperationCanceledException)
        {
            return new StreamingOperation(null, null, false);
        }
        catch (Exception ex)
        {
            LogServerFault(_logger, ex);
            return new StreamingOperation(Failure(HubErrorCodes.InternalServerError, ServerFaultMessage), null, true);
        }
    }

    /// <summary>Sends what <see cref="StartAsync"/> produced: one result and <c>complete</c>, or every result of the stream and then <c>complete</c>.</summary>
    public void Deliver(StreamingOperation started)
    {
        ArgumentNullException.ThrowIfNull(started);
        if (Volatile.Read(ref _state) != 0)
        {
            return;
        }

        if (started.Stream is { } results)
        {
            Volatile.Write(ref _subscription, results.Subscribe(new Observer(this)));
            if (Volatile.Read(ref _state) != 0)
            {
                // Ended while subscribing (stopped, or a feed that completed at once): whichever of this and
                // Finish takes the subscription out disposes it, once.
                Interlocked.Exchange(ref _subscription, null)?.Dispose();
            }

            return;
        }

        if (started.Result is { } result)
        {
            _stream.Send(EventStreamMessage.Next(Id, _serializer.Serialize(result), null));
        }

        Finish(sendComplete: true);
    }

    /// <summary>The client completed the operation (DELETE) or the server refuses it: leave the feed and send <c>complete</c>.</summary>
    public void Complete() => Finish(sendComplete: true);

    /// <summary>The stream is gone: leave the feed; there is nobody to tell.</summary>
    public void Abort() => Finish(sendComplete: false);

    private void Finish(bool sendComplete)
    {
        if (Interlocked.Exchange(ref _state, 1) != 0)
        {
            return;
        }

        Interlocked.Exchange(ref _subscription, null)?.Dispose();
        _aborted.Cancel();
        if (sendComplete)
        {
            _stream.Send(EventStreamMessage.Complete(Id));
        }

        _ended.TrySetResult();
    }

    private void OnNext(ExecutionResult result)
    {
        if (Volatile.Read(ref _state) != 0)
        {
            _window.Release();
            return;
        }

        _stream.Send(EventStreamMessage.Next(Id, _serializer.Serialize(result), _window.Release));
    }

    private void OnError(Exception error)
    {
        LogServerFault(_logger, error);
        if (Volatile.Read(ref _state) == 0)
        {
            _stream.Send(EventStreamMessage.Next(Id, _serializer.Serialize(Failure(HubErrorCodes.InternalServerError, ServerFaultMessage)), null));
        }

        Finish(sendComplete: true);
    }

    private static ExecutionResult Failure(string code, string message) => new()
    {
        Errors = [new ExecutionError(message) { Code = code }],
    };

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        Abort();
        await _scope.DisposeAsync();
        _aborted.Dispose();
        _window.Dispose();
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Error, Message = "A GraphQL operation over Server-Sent Events failed on the server")]
    private static partial void LogServerFault(ILogger logger, Exception exception);

    private sealed class Observer(EventStreamOperation operation) : IObserver<ExecutionResult>
    {
        public void OnCompleted() => operation.Finish(sendComplete: true);

        public void OnError(Exception error) => operation.OnError(error);

        public void OnNext(ExecutionResult value) => operation.OnNext(value);
    }
}

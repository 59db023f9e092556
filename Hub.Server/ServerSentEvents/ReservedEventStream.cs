using Hub.Schema.Access;

namespace Hub.Server.ServerSentEvents;

/// <summary>
/// A single-connection stream: reserved by PUT for one caller, opened once by a GET or POST that accepts
/// <c>text/event-stream</c>, carrying the results of every operation posted with its token until it closes.
/// </summary>
internal sealed class ReservedEventStream : IDisposable
{
    private readonly Dictionary<string, EventStreamOperation> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closed = new();
    private int _state; // 0 reserved, 1 open, 2 closed
    private bool _draining;

    public ReservedEventStream(string token, HubCaller caller)
    {
        Token = token;
        Caller = caller;
        // Kept apart from the source: a request that found the stream just before it closed may link to the token
        // after the source was disposed, and a cancelled token stays readable then.
        Closed = _closed.Token;
    }

    public string Token { get; }

    /// <summary>Who reserved it: only the same caller may open it or run operations on it, so a leaked token shows nobody else's results.</summary>
    public HubCaller Caller { get; }

    public EventStream Events { get; } = new();

    public bool IsOpen => Volatile.Read(ref _state) == 1;

    public bool IsClosed => Volatile.Read(ref _state) == 2;

    /// <summary>Fires when the stream closes, ending every operation still running on it.</summary>
    public CancellationToken Closed { get; }

    public int OperationCount
    {
        get
        {
            lock (_operations)
            {
                return _operations.Count;
            }
        }
    }

    /// <summary>Claims the reservation for one connection; false when it is already open or closed.</summary>
    public bool TryOpen() => Interlocked.CompareExchange(ref _state, 1, 0) == 0;

    public StreamAdmission TryAdd(EventStreamOperation operation, int maxOperations)
    {
        ArgumentNullException.ThrowIfNull(operation);
        lock (_operations)
        {
            if (IsClosed)
            {
                return StreamAdmission.Closed;
            }

            if (_draining)
            {
                return StreamAdmission.ShuttingDown;
            }

            if (_operations.ContainsKey(operation.Id!))
            {
                return StreamAdmission.DuplicateId;
            }

            if (_operations.Count >= maxOperations)
            {
                return StreamAdmission.TooMany;
            }

            _operations.Add(operation.Id!, operation);
        }

        // Whatever ends the operation (its last result, DELETE, the stream closing) takes it off the stream.
        _ = operation.Ended.ContinueWith(_ => Remove(operation), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return StreamAdmission.Added;
    }

    public EventStreamOperation? Find(string operationId)
    {
        lock (_operations)
        {
            return _operations.GetValueOrDefault(operationId);
        }
    }

    /// <summary>Server shutdown: refuse new operations, and end the stream once the running ones have completed.</summary>
    public void Drain()
    {
        lock (_operations)
        {
            _draining = true;
            if (_operations.Count > 0)
            {
                return;
            }
        }

        Events.End();
    }

    /// <summary>Ends every operation and the stream; returns the operations so that their scopes can be released.</summary>
    public IReadOnlyList<EventStreamOperation> Close()
    {
        if (Interlocked.Exchange(ref _state, 2) == 2)
        {
            return [];
        }

        List<EventStreamOperation> operations;
        lock (_operations)
        {
            operations = [.. _operations.Values];
            _operations.Clear();
        }

        _closed.Cancel();
        Events.End();
        return operations;
    }

    private void Remove(EventStreamOperation operation)
    {
        bool endNow;
        lock (_operations)
        {
            if (!_operations.TryGetValue(operation.Id!, out var current) || current != operation)
            {
                return;
            }

            _operations.Remove(operation.Id!);
            endNow = _draining && _operations.Count == 0;
        }

        // The operation's scope is released once it has ended; DisposeAsync does not wait for the client.
        _ = operation.DisposeAsync().AsTask();
        if (endNow)
        {
            Events.End();
        }
    }

    /// <summary>Called after <see cref="Close"/>, which has cancelled <see cref="Closed"/> already.</summary>
    public void Dispose() => _closed.Dispose();
}

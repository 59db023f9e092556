namespace Hub.Server.WebSockets;

/// <summary>One running operation of a connection, under the id the client gave it.</summary>
internal sealed class GraphQLWebSocketOperation : IDisposable
{
    private readonly CancellationTokenSource _aborted;

    public GraphQLWebSocketOperation(string id, CancellationToken connectionAborted)
    {
        Id = id;
        _aborted = CancellationTokenSource.CreateLinkedTokenSource(connectionAborted);
        Aborted = _aborted.Token;
    }

    public string Id { get; }

    /// <summary>
    /// Fires when the client completes the operation, the connection ends, or the server shuts down. Taken once, so
    /// a result GraphQL.NET hands over after the operation ended can still ask it without touching the disposed source.
    /// </summary>
    public CancellationToken Aborted { get; }

    public void Abort()
    {
        try
        {
            _aborted.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The operation already ended.
        }
    }

    public void Dispose() => _aborted.Dispose();
}

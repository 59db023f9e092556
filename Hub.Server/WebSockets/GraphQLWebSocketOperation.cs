namespace Hub.Server.WebSockets;

/// <summary>One running operation of a connection, under the id the client gave it.</summary>
internal sealed class GraphQLWebSocketOperation(string id, CancellationToken connectionAborted) : IDisposable
{
    private readonly CancellationTokenSource _aborted = CancellationTokenSource.CreateLinkedTokenSource(connectionAborted);

    public string Id { get; } = id;

    /// <summary>Fires when the client completes the operation, the connection ends, or the server shuts down.</summary>
    public CancellationToken Aborted => _aborted.Token;

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

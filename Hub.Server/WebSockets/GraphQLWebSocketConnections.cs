using System.Collections.Concurrent;
using Hub.Data.ActivityFeed;

namespace Hub.Server.WebSockets;

/// <summary>
/// The open graphql-transport-ws connections of this instance, so that stopping the server ends them cleanly: when
/// the application starts stopping, every feed completes (subscriptions send what is waiting, then
/// <c>complete</c>) and every socket closes with 1001 Going Away, before Kestrel waits for its connections.
/// </summary>
internal sealed class GraphQLWebSocketConnections
{
    private readonly ConcurrentDictionary<GraphQLWebSocketConnection, byte> _open = new();
    private readonly ActivityFanout _fanout;
    private volatile bool _stopping;

    public GraphQLWebSocketConnections(IHostApplicationLifetime lifetime, ActivityFanout fanout)
    {
        _fanout = fanout;
        lifetime.ApplicationStopping.Register(Stop);
    }

    public bool Stopping => _stopping;

    public int Count => _open.Count;

    public IDisposable Add(GraphQLWebSocketConnection connection)
    {
        _open.TryAdd(connection, 0);
        if (_stopping)
        {
            _ = connection.ShutDownAsync();
        }

        return new Registration(this, connection);
    }

    private void Stop()
    {
        _stopping = true;
        _fanout.CompleteAll();
        foreach (var (connection, _) in _open)
        {
            _ = connection.ShutDownAsync();
        }
    }

    private sealed class Registration(GraphQLWebSocketConnections owner, GraphQLWebSocketConnection connection) : IDisposable
    {
        public void Dispose() => owner._open.TryRemove(connection, out _);
    }
}

using System.Net;
using MySqlConnector;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// The hub on a fresh demo database of the real MariaDB server, reached through a <see cref="TcpFaultProxy"/>, so
/// that a test can take the database away from this hub alone and bring it back.
/// </summary>
public sealed class MariaDbBehindProxyHub : HubServerFixture
{
    private TcpFaultProxy? _proxy;

    public TcpFaultProxy Proxy => _proxy ?? throw new InvalidOperationException("The fixture has not started.");

    protected override bool SeedDemoData => true;

    protected override async Task<TestDatabase> CreateDatabaseAsync()
    {
        var database = await TestDatabase.CreateMariaDbAsync();
        var direct = new MySqlConnectionStringBuilder(database.ConnectionString);
        _proxy = new TcpFaultProxy(new IPEndPoint(IPAddress.Parse(direct.Server), (int)direct.Port));
        return database.RoutedThrough("127.0.0.1", _proxy.Port);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }
    }
}

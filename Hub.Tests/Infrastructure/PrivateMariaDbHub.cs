namespace Hub.Tests.Infrastructure;

/// <summary>The hub with demo data on a MariaDB server of its own (<see cref="PrivateMariaDbServer"/>), which a test may kill and restart.</summary>
public sealed class PrivateMariaDbHub : HubServerFixture
{
    private PrivateMariaDbServer? _server;

    public PrivateMariaDbServer Server => _server ?? throw new InvalidOperationException("The fixture has not started.");

    protected override bool SeedDemoData => true;

    protected override async Task<TestDatabase> CreateDatabaseAsync()
    {
        _server = await PrivateMariaDbServer.StartAsync();
        return await TestDatabase.CreateOnAsync(_server);
    }
}

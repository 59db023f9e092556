using Hub.Data;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// The real hub (its Program, on a fresh SQLite file with the demo data) behind a real Kestrel listener on a free
/// loopback port, for clients that only speak to sockets, such as a browser: the in-memory test server has none.
/// </summary>
public class KestrelSqliteDemoHub : IAsyncLifetime, IAsyncDisposable
{
    private HubApplication? _application;
    private TestDatabase? _database;

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client of the same server over the same socket, to ask what the browser should show.</summary>
    public GraphQLClient Client { get; private set; } = null!;

    /// <summary>A client of the same server signed in as an ADMIN, for recording activities.</summary>
    public GraphQLClient Admin { get; private set; } = null!;

    /// <summary>The running server's services, to look at its state (for example the feed's subscriber count).</summary>
    public IServiceProvider Services => (_application ?? throw new InvalidOperationException("The fixture has not started.")).Services;

    /// <summary>Whether the demo dataset is loaded; a subclass that needs only the indicator catalogue says no and starts sooner.</summary>
    protected virtual bool SeedDemoData => true;

    /// <summary>Configuration keys a subclass sets on top of the database ones.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    public Task InitializeAsync()
    {
        _database = TestDatabase.CreateSqlite();
        _application = new HubApplication(DatabaseProvider.Sqlite, _database.ConnectionString, SeedDemoData, Settings);
        BaseAddress = _application.StartOnLoopback();
        Client = new GraphQLClient(new HttpClient { BaseAddress = BaseAddress });
        Admin = new GraphQLClient(new HttpClient { BaseAddress = BaseAddress }.SignedInAsAdmin());
        return Task.CompletedTask;
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Stops the server as a host stops (ApplicationStopping, then Kestrel drains its requests).</summary>
    public async Task StopAsync()
    {
        if (_application is not null)
        {
            await _application.DisposeAsync();
            _application = null;
        }
    }

    public async Task DisposeAsync()
    {
        Client?.Http.Dispose();
        Admin?.Http.Dispose();
        await StopAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

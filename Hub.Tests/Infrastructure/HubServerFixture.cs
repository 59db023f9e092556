using Hub.Data;
using Hub.Schema.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// One running hub on one fresh database, shared by the tests of a class. Subclasses choose the
/// database (SQLite file or a real MariaDB) and whether the demo dataset is loaded.
/// </summary>
public abstract class HubServerFixture : IAsyncLifetime, IAsyncDisposable
{
    private HubApplication? _application;
    private TestDatabase? _database;

    /// <summary>A client without credentials: the public.</summary>
    public GraphQLClient Client { get; private set; } = null!;

    /// <summary>A client with an ADMIN bearer token, for the tests that write data as an operator would.</summary>
    public GraphQLClient Admin { get; private set; } = null!;

    public DatabaseKind Kind => Database.Kind;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture has not started.");

    protected abstract bool SeedDemoData { get; }

    /// <summary>Configuration keys this fixture sets on top of the database ones.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        var provider = _database.Kind == DatabaseKind.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.MySql;
        _application = new HubApplication(provider, _database.ConnectionString, SeedDemoData, Settings);
        Client = new GraphQLClient(_application.CreateClient());
        Admin = ClientAs(HubRole.Admin);
    }

    /// <summary>A client whose requests carry a bearer token for <paramref name="role"/> (and its station or region).</summary>
    public GraphQLClient ClientAs(HubRole role, int? stationId = null, string? regionCode = null) =>
        ClientWith("Bearer", TestTokens.For(role, "test-" + HubCaller.NameOf(role).ToLowerInvariant(), stationId, regionCode));

    /// <summary>A client that sends <c>Authorization: &lt;scheme&gt; &lt;credentials&gt;</c> with every request.</summary>
    public GraphQLClient ClientWith(string scheme, string credentials)
    {
        var http = (_application ?? throw new InvalidOperationException("The fixture has not started.")).CreateClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(scheme, credentials);
        return new GraphQLClient(http);
    }

    /// <summary>A client of the fixture's server with no headers set, for tests that set their own.</summary>
    public HttpClient CreateHttpClient() => (_application ?? throw new InvalidOperationException("The fixture has not started.")).CreateClient();

    /// <summary>The running server's services (configuration, logging), for tests that look behind the endpoint.</summary>
    public IServiceProvider Services => (_application ?? throw new InvalidOperationException("The fixture has not started.")).Services;

    /// <summary>A DbContext on the fixture's database, for arranging rows and checking that nothing changed.</summary>
    public AsyncServiceScope CreateScope() => (_application ?? throw new InvalidOperationException("The fixture has not started.")).Services.CreateAsyncScope();

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public virtual async Task DisposeAsync()
    {
        if (_application is not null)
        {
            await _application.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

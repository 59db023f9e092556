using Hub.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// The hub's storage services (<c>AddHubData</c>) for one test database, configured through the same
/// keys an operator sets for the CLI verbs; no web host. For arranging data before a server starts
/// and for running CLI commands in process.
/// </summary>
public sealed class HubDataServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private HubDataServices(ServiceProvider provider) => _provider = provider;

    public IServiceProvider Services => _provider;

    public static HubDataServices For(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Hub:Database:Provider"] = (database.Kind == DatabaseKind.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.MySql).ToString(),
                ["ConnectionStrings:Hub"] = database.ConnectionString,
            })
            .Build();
        var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddSingleton<IConfiguration>(configuration);
        services.AddHubData();
        return new HubDataServices(services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>Migrates and syncs the indicator catalogue, without the demo data.</summary>
    public async Task InitializeAsync()
    {
        await using var scope = _provider.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<HubDatabaseOptions>();
        await new HubDatabaseInitializer(scope.ServiceProvider.GetRequiredService<HubDbContext>(), options with { SeedDemoData = false }, TimeProvider.System).InitializeAsync();
    }

    public AsyncServiceScope CreateScope() => _provider.CreateAsyncScope();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}

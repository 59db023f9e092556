using Hub.Data.Access;
using Hub.Data.Activities;
using Hub.Data.ActivityFeed;
using Hub.Data.ApiKeys;
using Hub.Data.Audit;
using Hub.Data.Writes;
using Hub.Data.Diagnostics;
using Hub.Data.Indicators;
using Hub.Data.Observations;
using Hub.Data.Observations.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Data;

public static class HubDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the hub's storage: the provider named by Hub:Database:Provider (SQLite by default, a
    /// file under the working directory) with ConnectionStrings:Hub, a per-request SQL statement
    /// counter, the indicator roll-up queries and the start-up initializer.
    /// </summary>
    public static IServiceCollection AddHubData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(HubDatabaseOptions.Section).Get<HubDatabaseOptions>() ?? new HubDatabaseOptions();
        options = options with { ConnectionString = configuration.GetConnectionString("Hub") ?? options.ConnectionString };
        var connectionString = options.EffectiveConnectionString;

        services.AddSingleton(options);
        services.AddScoped<SqlStatementCounter>();
        services.AddScoped<RollupStoreMaintenance>();
        services.AddScoped<RollupVersionBump>();
        services.AddScoped<RollupVersions>();
        services.AddSingleton<DatabaseAvailability>();
        services.AddSingleton<DatabaseConnectionWatch>();
        services.AddHostedService<DatabaseProbe>();
        services.AddScoped<MutationAuditTrail>();
        services.AddScoped<StationWriteScope>();
        services.AddScoped<ApiKeyStore>();
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<HubDbContext, SqliteHubDbContext>((provider, builder) => builder
                    .UseSqlite(connectionString)
                    .AddInterceptors(provider.GetRequiredService<SqlStatementCounter>(), provider.GetRequiredService<DatabaseConnectionWatch>(), provider.GetRequiredService<RollupStoreMaintenance>(), provider.GetRequiredService<RollupVersionBump>()));
                break;
            case DatabaseProvider.MySql:
                var serverVersion = ServerVersion.Parse(options.ServerVersion);
                services.AddDbContext<HubDbContext, MySqlHubDbContext>((provider, builder) => builder
                    .UseMySql(connectionString, serverVersion, mysql => mysql.EnableRetryOnFailure(3))
                    .AddInterceptors(provider.GetRequiredService<SqlStatementCounter>(), provider.GetRequiredService<DatabaseConnectionWatch>(), provider.GetRequiredService<RollupStoreMaintenance>(), provider.GetRequiredService<RollupVersionBump>()));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider \"{options.Provider}\": use Sqlite or MySql.");
        }

        services.AddScoped<IndicatorRollups>();
        services.AddScoped<RollupStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ObservationIngestion>();
        services.AddScoped<ActivityDerivedObservations>();
        services.AddScoped<ActivityRecorder>();
        services.AddScoped<Stations.StationRegistry>();
        services.AddScoped<ActivityFeedOutbox>();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<IdempotencyKeys>();
        services.AddScoped<StationLocks>();
        services.AddScoped<ObservationImporter>();
        services.AddScoped<HubDatabaseInitializer>();
        services.AddHubActivityFeed(configuration);
        return services;
    }

    /// <summary>
    /// The live activity feed: this instance's subscribers (<see cref="ActivityFanout"/>) and where recorded
    /// activities are published, in process by default, through Redis pub/sub to every instance when
    /// Hub:ActivityFeed:Redis is set (connected and subscribed by a hosted service, so CLI verbs never connect).
    /// </summary>
    private static IServiceCollection AddHubActivityFeed(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ActivityFeedOptions.Section).Get<ActivityFeedOptions>() ?? new ActivityFeedOptions();
        services.AddSingleton(options);
        services.AddSingleton<ActivityFanout>();
        if (!string.IsNullOrWhiteSpace(options.Redis))
        {
            services.AddSingleton<RedisActivityFeed>();
            services.TryAddSingleton<IActivityFeed>(provider => provider.GetRequiredService<RedisActivityFeed>());
            services.AddHostedService(provider => provider.GetRequiredService<RedisActivityFeed>());
        }

        services.TryAddSingleton<IActivityFeed, InProcessActivityFeed>();
        return services;
    }
}

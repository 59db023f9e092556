using Hub.Data.Access;
using Hub.Data.Activities;
using Hub.Data.ApiKeys;
using Hub.Data.Audit;
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
        services.AddScoped<MutationAuditTrail>();
        services.AddScoped<StationWriteScope>();
        services.AddScoped<ApiKeyStore>();
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<HubDbContext, SqliteHubDbContext>((provider, builder) => builder
                    .UseSqlite(connectionString)
                    .AddInterceptors(provider.GetRequiredService<SqlStatementCounter>(), provider.GetRequiredService<MutationAuditTrail>()));
                break;
            case DatabaseProvider.MySql:
                var serverVersion = ServerVersion.Parse(options.ServerVersion);
                services.AddDbContext<HubDbContext, MySqlHubDbContext>((provider, builder) => builder
                    .UseMySql(connectionString, serverVersion, mysql => mysql.EnableRetryOnFailure(3))
                    .AddInterceptors(provider.GetRequiredService<SqlStatementCounter>(), provider.GetRequiredService<MutationAuditTrail>()));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider \"{options.Provider}\": use Sqlite or MySql.");
        }

        services.AddScoped<IndicatorRollups>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ObservationIngestion>();
        services.AddScoped<ActivityDerivedObservations>();
        services.AddScoped<ActivityRecorder>();
        services.AddScoped<ObservationImporter>();
        services.AddScoped<HubDatabaseInitializer>();
        return services;
    }
}

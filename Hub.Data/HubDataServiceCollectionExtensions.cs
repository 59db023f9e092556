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
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hub.Data;

public static class HubDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the hub's storage: the provider named by Hub:Database:Provider (SQLite by default, a
    /// file under the working directory) with ConnectionStrings:Hub, a per-request SQL statement
    /// counter, the indicator roll-up queries and the start-up initializer. The options are read from the
    /// <see cref="IConfiguration"/> of the container when first needed and checked when the host starts.
    /// </summary>
    public static IServiceCollection AddHubData(this IServiceCollection services)
    {
        services.AddOptions<HubDatabaseOptions>()
            .BindConfiguration(HubDatabaseOptions.Section)
            .Configure<IConfiguration>((options, configuration) => options.ConnectionString = configuration.GetConnectionString("Hub") ?? options.ConnectionString)
            .ValidateKeys(HubDatabaseOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<HubDatabaseOptions>, HubDatabaseOptionsValidator>();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<HubDatabaseOptions>>().Value);
        services.AddScoped<SqlStatementCounter>();
        services.AddScoped<RollupStoreMaintenance>();
        services.AddScoped<RollupVersionBump>();
        services.AddScoped<RollupVersions>();
        services.AddSingleton<DatabaseAvailability>();
        services.AddSingleton<DatabaseConnectionWatch>();
        services.AddHostedService<DatabaseProbe>();
        services.AddScoped<MutationAuditTrail>();
        services.AddScoped<StationWriteScope>();
        services.AddScoped<RegistryReads>();
        services.AddScoped<ApiKeyStore>();

        // Both providers' contexts are registered; the options choose which one a HubDbContext is, when it is first asked for.
        services.AddDbContext<SqliteHubDbContext>((provider, builder) => builder
            .UseSqlite(provider.GetRequiredService<HubDatabaseOptions>().EffectiveConnectionString)
            .AddInterceptors(Interceptors(provider)));
        services.AddDbContext<MySqlHubDbContext>((provider, builder) =>
        {
            var options = provider.GetRequiredService<HubDatabaseOptions>();
            builder
                .UseMySql(options.EffectiveConnectionString, ServerVersion.Parse(options.ServerVersion), mysql => mysql.EnableRetryOnFailure(3))
                .AddInterceptors(Interceptors(provider));
        });
        services.AddScoped<HubDbContext>(provider => provider.GetRequiredService<HubDatabaseOptions>().Provider switch
        {
            DatabaseProvider.Sqlite => provider.GetRequiredService<SqliteHubDbContext>(),
            DatabaseProvider.MySql => provider.GetRequiredService<MySqlHubDbContext>(),
            var unknown => throw new InvalidOperationException($"Unknown database provider \"{unknown}\": use Sqlite or MySql."),
        });

        services.AddScoped<IndicatorRollups>();
        services.AddSingleton<RegionStationCounts>();
        services.AddScoped<RollupStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ObservationIngestion>();
        services.AddScoped<ActivityDerivedObservations>();
        services.AddScoped<ActivityRules>();
        services.AddScoped<ActivityRecorder>();
        services.AddScoped<ActivityRegistry>();
        services.AddScoped<Stations.StationRegistry>();
        services.AddScoped<Organizations.OrganizationRegistry>();
        services.AddScoped<Brands.BrandRegistry>();
        services.AddScoped<VolunteerTeams.VolunteerTeamRegistry>();
        services.AddScoped<Regions.RegionRegistry>();
        services.AddScoped<Projects.ProjectRegistry>();
        services.AddScoped<Partners.PartnerRegistry>();
        services.AddScoped<Contributions.ContributionRegistry>();
        services.AddScoped<CommunityFunds.CommunityFundRegistry>();
        services.AddScoped<Awards.AwardRegistry>();
        services.AddScoped<MediaReports.MediaReportRegistry>();
        services.AddScoped<RegistryWorkbook.RegistryWorkbookImporter>();
        services.AddScoped<RegistryWorkbook.RegistryWorkbookExporter>();
        services.AddScoped<ActivityFeedOutbox>();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<IdempotencyKeys>();
        services.AddScoped<StationLocks>();
        services.AddScoped<ObservationImporter>();
        services.AddScoped<HubDatabaseInitializer>();
        services.AddHubActivityFeed();
        return services;
    }

    private static IInterceptor[] Interceptors(IServiceProvider provider) =>
    [
        provider.GetRequiredService<SqlStatementCounter>(),
        provider.GetRequiredService<DatabaseConnectionWatch>(),
        provider.GetRequiredService<RollupStoreMaintenance>(),
        provider.GetRequiredService<RollupVersionBump>(),
    ];

    /// <summary>
    /// The live activity feed: this instance's subscribers (<see cref="ActivityFanout"/>) and where recorded
    /// activities are published, in process by default, through Redis pub/sub to every instance when
    /// Hub:ActivityFeed:Redis is set (connected and subscribed by a hosted service, so CLI verbs never connect).
    /// </summary>
    private static IServiceCollection AddHubActivityFeed(this IServiceCollection services)
    {
        services.AddOptions<ActivityFeedOptions>()
            .BindConfiguration(ActivityFeedOptions.Section)
            .ValidateKeys(ActivityFeedOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ActivityFeedOptions>, ActivityFeedOptionsValidator>();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ActivityFeedOptions>>().Value);
        services.AddSingleton<ActivityFanout>();
        services.AddSingleton<InProcessActivityFeed>();
        services.AddSingleton<RedisActivityFeed>();
        services.AddHostedService<ActivityFeedConnection>();
        services.TryAddSingleton<IActivityFeed>(provider => provider.GetRequiredService<ActivityFeedOptions>().UsesRedis
            ? provider.GetRequiredService<RedisActivityFeed>()
            : provider.GetRequiredService<InProcessActivityFeed>());
        return services;
    }
}

using Hub.Data;

namespace Hub.Server.Cli;

public static class HubDatabaseStartup
{
    /// <summary>Migrates the database, syncs the indicator catalogue and loads the demo data into an empty database, before the first request.</summary>
    public static async Task InitializeHubDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HubDatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
    }

    /// <summary>
    /// Migrates the database and syncs the catalogue before a CLI verb writes to it: an operator may point a verb
    /// at a database not yet migrated. A tool never loads the demo data.
    /// </summary>
    public static async Task InitializeHubDatabaseForToolsAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<HubDatabaseOptions>();
        var clock = scope.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
        await new HubDatabaseInitializer(scope.ServiceProvider.GetRequiredService<HubDbContext>(), options with { Migrate = true, SeedDemoData = false }, clock).InitializeAsync();
    }
}

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
}

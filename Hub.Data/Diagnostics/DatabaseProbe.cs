using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Data.Diagnostics;

/// <summary>
/// While <see cref="DatabaseAvailability"/> says the database is away, tries a connection every
/// <see cref="DatabaseAvailability.ProbeInterval"/>, so that the hub notices its return without waiting for a
/// request to risk one.
/// </summary>
internal sealed class DatabaseProbe(DatabaseAvailability availability, IServiceScopeFactory scopes, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(DatabaseAvailability.ProbeInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (availability.IsAvailable)
            {
                continue;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();

                // Opening the connection is the probe: the connection watch reports how it went.
                await scope.ServiceProvider.GetRequiredService<HubDbContext>().Database.CanConnectAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Still away; the watch has said so.
            }
        }
    }
}

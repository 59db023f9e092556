using Hub.Data;
using Hub.Data.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Server.Health;

/// <summary>Ready only when a connection to the database opens now (or, while the breaker is open, not at all).</summary>
internal sealed class DatabaseHealthCheck(DatabaseAvailability availability, IServiceScopeFactory scopes) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (availability.UnavailableSince is { } since)
        {
            return HealthCheckResult.Unhealthy($"The database has been unreachable since {since:O}.");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            return await scope.ServiceProvider.GetRequiredService<HubDbContext>().Database.CanConnectAsync(deadline.Token)
                ? HealthCheckResult.Healthy("The database answers.")
                : HealthCheckResult.Unhealthy("The database refuses connections.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The database did not answer within {Timeout.TotalSeconds:0} seconds.");
        }
    }
}

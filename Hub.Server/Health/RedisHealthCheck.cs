using Hub.Data.ActivityFeed;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Server.Health;

/// <summary>
/// Ready when the activity feed reaches the other instances through Redis, or when none is configured (the feed is
/// then this process's own). A hub without Redis still serves; it reports Degraded so that an operator sees its
/// subscribers miss other instances' activities.
/// </summary>
internal sealed class RedisHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(services.GetService<IActivityFeed>() switch
        {
            RedisActivityFeed { IsConnected: true } => HealthCheckResult.Healthy("Connected to Redis."),
            RedisActivityFeed => HealthCheckResult.Degraded("Redis is unreachable: subscribers here miss activities recorded on other instances until it returns."),
            _ => HealthCheckResult.Healthy("No Redis configured: the activity feed is this instance's own."),
        });
}

using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Server.Health;

public static class HubHealthExtensions
{
    private const string Ready = "ready";

    /// <summary>The readiness checks (database, Redis) and the database breaker that answers 503 while it is away.</summary>
    public static IServiceCollection AddHubHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<RedisHealthCheck>("redis", tags: [Ready]);
        return services;
    }

    /// <summary>
    /// <c>/health/live</c> (and <c>/health</c>): the process serves HTTP; a process manager restarts it when not.
    /// <c>/health/ready</c>: the database and Redis answer; a load balancer sends it requests only then (503 when not).
    /// </summary>
    public static IEndpointRouteBuilder MapHubHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var live = new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync };
        endpoints.MapHealthChecks("/health", live);
        endpoints.MapHealthChecks("/health/live", live);
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString().ToLowerInvariant(), description = e.Value.Description }),
        }, cancellationToken: context.RequestAborted);
    }
}

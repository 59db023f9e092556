namespace Hub.Server.Telemetry;

public static class HubTelemetryEndpointRouteBuilderExtensions
{
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// GET /metrics: every metric in Prometheus text format, for the operators' Prometheus behind the proxy; the
    /// proxy does not pass it on to the public. Not rate-limited like the GraphQL endpoints (it requires no policy),
    /// so a scrape every few seconds is never refused.
    /// </summary>
    public static IEndpointConventionBuilder MapHubMetrics(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        // Created now rather than at the first GraphQL request, so that the first scrape already shows the gauges.
        endpoints.ServiceProvider.GetRequiredService<HubMetrics>();
        return endpoints.MapPrometheusScrapingEndpoint(MetricsPath);
    }
}

using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using Hub.Data.ActivityFeed;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hub.Server.Telemetry;

public static class HubTelemetryServiceCollectionExtensions
{
    private const string ServiceName = "datahub";

    /// <summary>
    /// OpenTelemetry for operators. Metrics, always: the <c>DataHub</c> meter (<see cref="HubMetrics"/>), ASP.NET
    /// Core's and the runtime's, for Prometheus to scrape at /metrics (<c>MapHubMetrics()</c>). Traces, only when an
    /// OTLP endpoint is configured (<see cref="HubTelemetryOptions.OtlpEndpoint"/> or <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>):
    /// ASP.NET Core, EF Core, Redis and one activity per GraphQL operation, sent by OTLP.
    /// </summary>
    /// <remarks>Call after <c>AddHubSchema()</c>: the error counter takes over the error info provider it registered.</remarks>
    public static IServiceCollection AddHubTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<HubTelemetryOptions>()
            .BindConfiguration(HubTelemetryOptions.Section)
            .Validate(o => o.IsValid(), $"{HubTelemetryOptions.Section}:OtlpEndpoint must be an absolute http or https address, such as http://collector:4317.")
            .ValidateOnStart();

        services.AddSingleton<HubMetrics>();
        services.AddSingleton<IConfigureExecution, GraphQLOperationTelemetry>();
        services.Replace(ServiceDescriptor.Singleton<IErrorInfoProvider, CountingErrorInfoProvider>());
        DecorateDocumentValidator(services);

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                // OTEL_SERVICE_NAME, when set, names the service as the OpenTelemetry docs promise.
                if (string.IsNullOrEmpty(configuration["OTEL_SERVICE_NAME"]))
                {
                    resource.AddService(ServiceName);
                }
            })
            .WithMetrics(metrics => metrics
                .AddMeter(HubMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());

        if (TracesAreExported(configuration))
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(GraphQLOperationTelemetry.ActivitySourceName)
                // /metrics and the health probes are polled every few seconds: traces of them are noise.
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !IsOperatorPath(context.Request.Path))
                .AddEntityFrameworkCoreInstrumentation()
                .AddRedisInstrumentation()
                // The feed connects to Redis itself, later, in a hosted service; its multiplexer joins once it exists.
                .ConfigureRedisInstrumentation((provider, redis) => provider.GetService<RedisActivityFeed>()?.WhenConnected(connection => redis.AddConnection(connection)))
                .AddOtlpExporter());
            services.AddOptions<OtlpExporterOptions>()
                .Configure<IOptions<HubTelemetryOptions>>((otlp, hub) =>
                {
                    if (hub.Value.OtlpEndpoint is { } endpoint)
                    {
                        otlp.Endpoint = endpoint;
                    }
                });
        }

        return services;
    }

    // The validator Hub.Schema registered (its limits in front of GraphQL.NET's rules), wrapped, not replaced.
    private static void DecorateDocumentValidator(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IDocumentValidator));
        services.Replace(ServiceDescriptor.Singleton<IDocumentValidator>(provider => new RefusedOperationCapture(registered switch
        {
            null => new DocumentValidator(),
            { ImplementationInstance: IDocumentValidator instance } => instance,
            { ImplementationFactory: { } factory } => (IDocumentValidator)factory(provider),
            { ImplementationType: { } type } => (IDocumentValidator)ActivatorUtilities.CreateInstance(provider, type),
            _ => new DocumentValidator(),
        })));
    }

    private static bool TracesAreExported(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{HubTelemetryOptions.Section}:{nameof(HubTelemetryOptions.OtlpEndpoint)}"])
        || !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])
        || !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"]);

    private static bool IsOperatorPath(PathString path) =>
        path.StartsWithSegments(HubTelemetryEndpointRouteBuilderExtensions.MetricsPath) || path.StartsWithSegments("/health");
}

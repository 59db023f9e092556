using Hub.Server.Http;

namespace Hub.Server.ServerSentEvents;

public static class ServerSentEventsServiceCollectionExtensions
{
    /// <summary>Registers GraphQL over Server-Sent Events: its settings and the single-connection streams of this instance.</summary>
    public static IServiceCollection AddHubServerSentEvents(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ServerSentEventsOptions>()
            .Bind(configuration.GetSection(ServerSentEventsOptions.Section))
            .Validate(o => o.KeepAliveInterval > TimeSpan.Zero, "Hub SSE: KeepAliveInterval must be positive.")
            .Validate(o => o.ReservationTimeout > TimeSpan.Zero, "Hub SSE: ReservationTimeout must be positive.")
            .Validate(o => o.MaxOperationsPerStream > 0, "Hub SSE: MaxOperationsPerStream must be positive.")
            .Validate(o => o.DeliveryWindow > 0, "Hub SSE: DeliveryWindow must be positive.")
            .ValidateOnStart();
        services.AddSingleton<EventStreamRegistry>();
        services.AddSingleton<ServerSentEventsEndpoint>();
        services.AddSingleton<IEventStreamRequests>(provider => provider.GetRequiredService<ServerSentEventsEndpoint>());
        return services;
    }
}

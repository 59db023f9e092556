using Hub.Data;
using Hub.Server.Http;

namespace Hub.Server.ServerSentEvents;

public static class ServerSentEventsServiceCollectionExtensions
{
    /// <summary>Registers GraphQL over Server-Sent Events: its settings from "Hub:ServerSentEvents" and the single-connection streams of this instance.</summary>
    public static IServiceCollection AddHubServerSentEvents(this IServiceCollection services)
    {
        services.AddOptions<ServerSentEventsOptions>()
            .BindConfiguration(ServerSentEventsOptions.Section)
            .ValidateKeys(ServerSentEventsOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<EventStreamRegistry>();
        services.AddSingleton<ServerSentEventsEndpoint>();
        services.AddSingleton<IEventStreamRequests>(provider => provider.GetRequiredService<ServerSentEventsEndpoint>());
        return services;
    }
}

using Hub.Data;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Server.WebSockets;

public static class GraphQLWebSocketServiceCollectionExtensions
{
    /// <summary>
    /// Registers graphql-transport-ws: its settings from "Hub:WebSockets" (every key optional, see
    /// <see cref="GraphQLWebSocketOptions"/>), the connections of this instance, and the default
    /// <see cref="IGraphQLWebSocketInitializer"/> (credentials in connection_init, else the upgrade request's caller), which a later registration replaces.
    /// Needs <c>AddHubStreaming()</c>.
    /// </summary>
    public static IServiceCollection AddHubWebSockets(this IServiceCollection services)
    {
        services.AddOptions<GraphQLWebSocketOptions>()
            .BindConfiguration(GraphQLWebSocketOptions.Section)
            .ValidateKeys(GraphQLWebSocketOptions.Section)
            .ValidateOnStart();
        services.TryAddSingleton<IGraphQLWebSocketInitializer, ConnectionInitCredentials>();
        services.AddSingleton<GraphQLWebSocketConnections>();
        services.AddSingleton<GraphQLWebSocketEndpoint>();
        return services;
    }
}

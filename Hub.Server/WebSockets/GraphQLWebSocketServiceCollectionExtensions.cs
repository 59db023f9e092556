using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Server.WebSockets;

public static class GraphQLWebSocketServiceCollectionExtensions
{
    /// <summary>
    /// Registers graphql-transport-ws: its settings from "Hub:WebSockets" (every key optional, see
    /// <see cref="GraphQLWebSocketOptions"/>), the connections of this instance, and the default
    /// <see cref="IGraphQLWebSocketInitializer"/> (the upgrade request's caller), which a later registration replaces.
    /// Needs <c>AddHubStreaming()</c>.
    /// </summary>
    public static IServiceCollection AddHubWebSockets(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GraphQLWebSocketOptions>()
            .Configure(options => configuration.GetSection(GraphQLWebSocketOptions.Section).Bind(options))
            .Validate(
                options => options.Invalid().Count == 0,
                "Hub:WebSockets: ConnectionInitWaitTimeout, MaxOperationsPerConnection, DeliveryWindow and CloseTimeout must be above zero, MaxMessageBytes at least 1024, and no time may be negative.")
            .ValidateOnStart();
        services.TryAddSingleton<IGraphQLWebSocketInitializer, UpgradeRequestCallerInitializer>();
        services.AddSingleton<GraphQLWebSocketConnections>();
        services.AddSingleton<GraphQLWebSocketEndpoint>();
        return services;
    }
}

using Microsoft.AspNetCore.Routing.Patterns;

namespace Hub.Server.WebSockets;

/// <summary>Maps graphql-transport-ws onto the GraphQL endpoint's path.</summary>
public static class GraphQLWebSocketEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves graphql-transport-ws to WebSocket handshakes at <paramref name="pattern"/>; every other request there
    /// still reaches GraphQL over HTTP (<c>MapHubGraphQL</c>) or the IDE (<c>MapHubGraphiQL</c>). Needs
    /// <c>AddHubWebSockets</c> and <c>UseHubWebSockets</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapHubGraphQLWebSockets(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var endpoint = endpoints.ServiceProvider.GetRequiredService<GraphQLWebSocketEndpoint>();
        var route = RoutePatternFactory.Parse(
            pattern,
            defaults: null,
            parameterPolicies: new RouteValueDictionary { [WebSocketUpgradeConstraint.Key] = new WebSocketUpgradeConstraint() });
        var builder = endpoints.Map(route, endpoint.HandleAsync).WithDisplayName("GraphQL over WebSocket (graphql-transport-ws)");
        // Ahead of the IDE (-1) and the HTTP endpoint (0) at the same path; the constraint lets every other request through.
        builder.Add(b => ((RouteEndpointBuilder)b).Order = -2);
        return builder;
    }
}

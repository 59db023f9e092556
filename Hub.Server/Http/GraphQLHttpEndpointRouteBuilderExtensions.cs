namespace Hub.Server.Http;

/// <summary>Maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLHttpEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL over HTTP at <paramref name="pattern"/> for every method, so that methods other than GET
    /// and POST get the spec's 405 with a GraphQL error instead of routing's bare 405. Needs the schema
    /// registered with <c>services.AddGraphQL(b => b.AddSchema&lt;T&gt;().AddSystemTextJson())</c>;
    /// <c>services.AddHubHttp()</c> is optional and only changes the settings.
    /// </summary>
    public static IEndpointConventionBuilder MapHubGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var endpoint = ActivatorUtilities.CreateInstance<GraphQLHttpEndpoint>(endpoints.ServiceProvider);
        return endpoints.Map(pattern, endpoint.HandleAsync).WithDisplayName("GraphQL over HTTP");
    }
}

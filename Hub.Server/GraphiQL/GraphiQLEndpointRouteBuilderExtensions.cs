using Hub.Server.WebAssets;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Options;

namespace Hub.Server.GraphiQL;

/// <summary>Maps the GraphiQL IDE onto the GraphQL endpoint's path.</summary>
public static partial class GraphiQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the IDE at GET <paramref name="pattern"/> to requests that prefer HTML (browsers), and its files below
    /// <c>{pattern}/ide/</c>. Every other request at <paramref name="pattern"/> still reaches the GraphQL endpoint
    /// (<c>MapHubGraphQL</c>). <c>Hub:GraphiQL:Enabled=false</c> maps nothing. Needs <c>services.AddHubGraphiQL()</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapHubGraphiQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphiQLEndpointRouteBuilderExtensions).FullName!);
        var options = services.GetRequiredService<IOptions<GraphiQLOptions>>().Value;
        if (!options.Enabled)
        {
            LogSwitchedOff(logger, pattern);
            return endpoints;
        }

        // Hub.Server.csproj embeds the IDE's build under this name prefix.
        var assets = WebAssetBundle.Load(typeof(GraphiQLEndpointRouteBuilderExtensions).Assembly, "GraphiQL/");
        if (assets is null || !assets.TryGetPage("index.html", out var template))
        {
            LogNotBuilt(logger, pattern);
            return endpoints;
        }

        var assetsPath = pattern.TrimEnd('/') + "/ide";
        var page = new GraphiQLPageEndpoint(template, assetsPath);
        var pageRoute = RoutePatternFactory.Parse(
            pattern,
            defaults: null,
            parameterPolicies: new RouteValueDictionary { [BrowserRequestConstraint.Key] = new BrowserRequestConstraint() });
        endpoints.Map(pageRoute, page.HandleAsync)
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .WithDisplayName("GraphiQL IDE")
            // Ahead of the GraphQL endpoint at the same path; the constraint lets everything but browsers through to it.
            .Add(builder => ((RouteEndpointBuilder)builder).Order = -1);

        var files = new WebAssetEndpoint(assets);
        endpoints.MapMethods($"{assetsPath}/{{**{WebAssetEndpoint.PathParameter}}}", [HttpMethods.Get, HttpMethods.Head], files.HandleAsync)
            .WithDisplayName("GraphiQL IDE files");
        return endpoints;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "GraphiQL is switched off (Hub:GraphiQL:Enabled=false): browsers at {Pattern} get the GraphQL endpoint")]
    private static partial void LogSwitchedOff(ILogger logger, string pattern);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "This server was built without GraphiQL (-p:HubGraphiQL=false): browsers at {Pattern} get the GraphQL endpoint")]
    private static partial void LogNotBuilt(ILogger logger, string pattern);
}

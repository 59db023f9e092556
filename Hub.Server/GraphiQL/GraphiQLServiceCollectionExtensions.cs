using Hub.Data;

namespace Hub.Server.GraphiQL;

public static class GraphiQLServiceCollectionExtensions
{
    /// <summary>The IDE's settings from "Hub:GraphiQL", checked when the host starts.</summary>
    public static IServiceCollection AddHubGraphiQL(this IServiceCollection services)
    {
        services.AddOptions<GraphiQLOptions>()
            .BindConfiguration(GraphiQLOptions.Section)
            .ValidateKeys(GraphiQLOptions.Section)
            .ValidateOnStart();
        return services;
    }
}

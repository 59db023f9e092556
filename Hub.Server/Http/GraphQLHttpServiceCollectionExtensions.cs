namespace Hub.Server.Http;

/// <summary>Registers the settings of the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLHttpServiceCollectionExtensions
{
    /// <summary>The endpoint's settings and those of the cacheable public listing (<c>Hub:PublicProjects</c>).</summary>
    public static IServiceCollection AddHubHttp(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<PublicListingCacheOptions>(configuration.GetSection(PublicListingCacheOptions.Section));
        return services.AddHubHttp();
    }

    public static IServiceCollection AddHubHttp(this IServiceCollection services, Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var optionsBuilder = services.AddOptions<GraphQLHttpOptions>()
            .Validate(o => o.MaxRequestBodyBytes > 0, "Hub HTTP: MaxRequestBodyBytes must be positive.");
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        return services;
    }
}

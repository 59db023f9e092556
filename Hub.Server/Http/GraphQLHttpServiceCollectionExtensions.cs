using Hub.Data;

namespace Hub.Server.Http;

/// <summary>Registers the settings of the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLHttpServiceCollectionExtensions
{
    /// <summary>
    /// The endpoint's settings (<c>Hub:Http</c>, then <paramref name="configure"/>), those of file uploads
    /// (<c>Hub:Uploads</c>) and those of the cacheable public
    /// listing (<c>Hub:PublicProjects</c>), checked when the host starts.
    /// </summary>
    public static IServiceCollection AddHubHttp(this IServiceCollection services, Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var http = services.AddOptions<GraphQLHttpOptions>().BindConfiguration(GraphQLHttpOptions.Section);
        if (configure is not null)
        {
            http.Configure(configure);
        }

        http.ValidateKeys(GraphQLHttpOptions.Section).ValidateOnStart();
        services.AddOptions<GraphQLUploadOptions>()
            .BindConfiguration(GraphQLUploadOptions.Section)
            .ValidateKeys(GraphQLUploadOptions.Section)
            .ValidateOnStart();
        services.AddOptions<PublicListingCacheOptions>()
            .BindConfiguration(PublicListingCacheOptions.Section)
            .ValidateKeys(PublicListingCacheOptions.Section)
            .ValidateOnStart();
        return services;
    }
}

namespace Hub.Server.PublicPages;

public static class PublicPagesServiceCollectionExtensions
{
    /// <summary>The public pages' services; they read through the schema (<c>AddHubSchema</c>) and the listing's cache settings (<c>AddHubHttp</c>).</summary>
    public static IServiceCollection AddHubPublicPages(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<PublicApiReader>();
        services.AddSingleton<ProjectListingPage>();
        services.AddSingleton<ProjectPage>();
        services.AddSingleton<StationPage>();
        return services;
    }
}

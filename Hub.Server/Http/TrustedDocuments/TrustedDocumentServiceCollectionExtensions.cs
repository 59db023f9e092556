namespace Hub.Server.Http.TrustedDocuments;

public static class TrustedDocumentServiceCollectionExtensions
{
    /// <summary>Reads <c>Hub:TrustedDocuments</c> and the manifest now, so that a bad manifest stops the server at start-up rather than at the first request.</summary>
    public static IServiceCollection AddHubTrustedDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(TrustedDocumentOptions.Section).Get<TrustedDocumentOptions>() ?? new TrustedDocumentOptions();
        return services.AddSingleton(TrustedDocumentResolver.Load(options));
    }
}

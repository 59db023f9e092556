using Hub.Data;
using Microsoft.Extensions.Options;

namespace Hub.Server.Http.TrustedDocuments;

public static class TrustedDocumentServiceCollectionExtensions
{
    /// <summary>
    /// Reads <c>Hub:TrustedDocuments</c>; the options are checked, the manifest read and its ids verified when the
    /// host starts, so that a bad manifest stops the server at start-up rather than at the first request.
    /// </summary>
    public static IServiceCollection AddHubTrustedDocuments(this IServiceCollection services)
    {
        services.AddOptions<TrustedDocumentOptions>()
            .BindConfiguration(TrustedDocumentOptions.Section)
            .ValidateKeys(TrustedDocumentOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrustedDocumentOptions>, TrustedDocumentOptionsValidator>();
        return services.AddSingleton(provider => TrustedDocumentResolver.Load(provider.GetRequiredService<IOptions<TrustedDocumentOptions>>().Value));
    }

    /// <summary>The manifest must be readable and every id in it the SHA-256 of its document: <see cref="TrustedDocumentResolver.Load"/> says why not.</summary>
    private sealed class TrustedDocumentOptionsValidator : IValidateOptions<TrustedDocumentOptions>
    {
        public ValidateOptionsResult Validate(string? name, TrustedDocumentOptions options)
        {
            try
            {
                TrustedDocumentResolver.Load(options);
                return ValidateOptionsResult.Success;
            }
            catch (InvalidOperationException exception)
            {
                return ValidateOptionsResult.Fail(exception.Message);
            }
        }
    }
}

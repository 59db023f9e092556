using Hub.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Schema.Access;

public static class HubAccessServiceCollectionExtensions
{
    /// <summary>Reads the suppression thresholds from "Hub:Suppression" (both optional) and refuses to start with one below 1.</summary>
    public static IServiceCollection AddHubAccess(this IServiceCollection services)
    {
        services.AddOptions<SuppressionOptions>()
            .BindConfiguration(SuppressionOptions.Section)
            .ValidateKeys(SuppressionOptions.Section)
            .ValidateOnStart();
        return services;
    }
}

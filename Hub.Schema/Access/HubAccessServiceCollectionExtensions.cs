using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Schema.Access;

public static class HubAccessServiceCollectionExtensions
{
    /// <summary>Reads the suppression thresholds from "Hub:Suppression" (both optional) and refuses to start with one below 1.</summary>
    public static IServiceCollection AddHubAccess(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SuppressionOptions>()
            .Configure(options => configuration.GetSection(SuppressionOptions.Section).Bind(options))
            .Validate(options => options.MinStations >= 1 && options.MinUnits >= 1, "Hub:Suppression: MinStations and MinUnits must be at least 1.")
            .ValidateOnStart();
        return services;
    }
}

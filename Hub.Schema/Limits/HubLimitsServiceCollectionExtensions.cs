using Hub.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Schema.Limits;

public static class HubLimitsServiceCollectionExtensions
{
    /// <summary>
    /// Reads the request limits from the "Hub:Limits" section (every key optional; see <see cref="HubLimitsOptions"/>
    /// for the defaults) and refuses to start with a limit that is negative, or zero where zero would refuse everything.
    /// </summary>
    public static IServiceCollection AddHubLimits(this IServiceCollection services)
    {
        services.AddOptions<HubLimitsOptions>()
            .BindConfiguration(HubLimitsOptions.Section)
            .ValidateKeys(HubLimitsOptions.Section)
            .ValidateOnStart();
        return services;
    }
}

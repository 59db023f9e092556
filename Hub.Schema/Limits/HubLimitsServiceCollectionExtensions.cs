using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Schema.Limits;

public static class HubLimitsServiceCollectionExtensions
{
    /// <summary>
    /// Reads the request limits from the "Hub:Limits" section (every key optional; see <see cref="HubLimitsOptions"/>
    /// for the defaults) and refuses to start with a limit that is negative, or zero where zero would refuse everything.
    /// </summary>
    public static IServiceCollection AddHubLimits(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<HubLimitsOptions>()
            .Configure(options => configuration.GetSection(HubLimitsOptions.Section).Bind(options))
            .Validate(
                options => options.Invalid().Count == 0,
                "Hub:Limits: no limit may be negative; MaxDepth, MaxComplexity, MaxFields, MaxNesting, MaxOperationsPerDocument, MaxOperationsPerBatch and RequestTimeout must be above zero.")
            .ValidateOnStart();
        return services;
    }
}

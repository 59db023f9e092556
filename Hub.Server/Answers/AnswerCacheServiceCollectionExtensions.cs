using Hub.Data;

namespace Hub.Server.Answers;

/// <summary>Registers the answer cache and its settings (<c>Hub:AnswerCache</c>), checked when the host starts.</summary>
public static class AnswerCacheServiceCollectionExtensions
{
    public static IServiceCollection AddHubAnswerCache(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AnswerCacheOptions>()
            .BindConfiguration(AnswerCacheOptions.Section)
            .ValidateKeys(AnswerCacheOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<AnswerCache>();
        return services;
    }
}

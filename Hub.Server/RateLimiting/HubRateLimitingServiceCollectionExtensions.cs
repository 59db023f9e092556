using System.Globalization;
using System.Threading.RateLimiting;
using Hub.Data;
using Hub.Schema.Errors;
using Hub.Schema.Mutation;
using Hub.Server.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Hub.Server.RateLimiting;

public static class HubRateLimitingServiceCollectionExtensions
{
    /// <summary>The policy the GraphQL endpoint requires.</summary>
    public const string Policy = "hub";

    /// <summary>
    /// Registers ASP.NET Core's rate limiter with one policy, partitioned by caller: the API key or token subject for
    /// callers with credentials (read by the authentication that runs before it), the client address for the public.
    /// A refused request gets 429, <c>Retry-After</c> in seconds, and a RATE_LIMITED GraphQL error. The partitions
    /// live in one <see cref="HubRateLimiter"/>, which WebSocket operations and refused anonymous writes use too.
    /// </summary>
    public static IServiceCollection AddHubRateLimits(this IServiceCollection services)
    {
        services.AddOptions<HubRateLimitOptions>()
            .BindConfiguration(HubRateLimitOptions.Section)
            .ValidateKeys(HubRateLimitOptions.Section)
            .ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<HubRateLimitOptions>>().Value;
            var enabled = options.Enabled ?? !provider.GetRequiredService<IHostEnvironment>().IsEnvironment("Testing");
            return new HubRateLimiter(options, enabled, provider.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<IRefusedWriteLimiter>(provider => provider.GetRequiredService<HubRateLimiter>());
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, Partition);
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                var hub = http.RequestServices.GetRequiredService<HubRateLimiter>();
                var seconds = hub.RetryAfterSeconds(rejected.Lease);
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await GraphQLResponses.WriteFailureAsync(http, new GraphQLHttpFailure(
                    StatusCodes.Status429TooManyRequests,
                    HubErrorCodes.RateLimited,
                    $"Too many requests: at most {hub.PermitsOf(HubRateLimiter.KeyOf(http.User, http.Connection.RemoteIpAddress))} in {hub.Window.TotalSeconds:0} seconds. Try again in {seconds} seconds."));
            };
        });
        return services;
    }

    private static RateLimitPartition<HubRateLimitKey> Partition(HttpContext context)
    {
        var hub = context.RequestServices.GetRequiredService<HubRateLimiter>();
        if (!hub.Enabled)
        {
            return RateLimitPartition.GetNoLimiter(new HubRateLimitKey(HubRateLimitBucket.Caller, "off"));
        }

        return RateLimitPartition.Get(HubRateLimiter.KeyOf(context.User, context.Connection.RemoteIpAddress), hub.ViewOf);
    }
}

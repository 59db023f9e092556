using System.Globalization;
using System.Threading.RateLimiting;
using Hub.Schema.Errors;
using Hub.Schema.Mutation;
using Hub.Server.Http;
using Microsoft.AspNetCore.RateLimiting;

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
    public static IServiceCollection AddHubRateLimits(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var options = configuration.GetSection(HubRateLimitOptions.Section).Get<HubRateLimitOptions>() ?? new HubRateLimitOptions();
        var enabled = options.Enabled ?? !environment.IsEnvironment("Testing");
        if (options.AnonymousPermits <= 0 || options.AuthenticatedPermits <= 0 || options.RefusedAnonymousWritePermits <= 0 || options.Window <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{HubRateLimitOptions.Section}: permits (AnonymousPermits, AuthenticatedPermits, RefusedAnonymousWritePermits) and the window must be positive.");
        }

        services.AddSingleton(provider => new HubRateLimiter(options, enabled, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IRefusedWriteLimiter>(provider => provider.GetRequiredService<HubRateLimiter>());
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context => enabled ? Partition(context) : RateLimitPartition.GetNoLimiter(new HubRateLimitKey(HubRateLimitBucket.Caller, "off")));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                var hub = http.RequestServices.GetRequiredService<HubRateLimiter>();
                var seconds = hub.RetryAfterSeconds(rejected.Lease);
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await GraphQLResponses.WriteFailureAsync(http, new GraphQLHttpFailure(
                    StatusCodes.Status429TooManyRequests,
                    HubErrorCodes.RateLimited,
                    $"Too many requests: at most {hub.PermitsOf(HubRateLimiter.KeyOf(http.User, http.Connection.RemoteIpAddress))} in {options.Window.TotalSeconds:0} seconds. Try again in {seconds} seconds."));
            };
        });
        return services;
    }

    private static RateLimitPartition<HubRateLimitKey> Partition(HttpContext context)
    {
        var hub = context.RequestServices.GetRequiredService<HubRateLimiter>();
        return RateLimitPartition.Get(HubRateLimiter.KeyOf(context.User, context.Connection.RemoteIpAddress), hub.ViewOf);
    }
}

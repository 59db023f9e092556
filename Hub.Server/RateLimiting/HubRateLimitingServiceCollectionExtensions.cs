using System.Globalization;
using System.Threading.RateLimiting;
using Hub.Schema.Access;
using Hub.Schema.Errors;
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
    /// A refused request gets 429, <c>Retry-After</c> in seconds, and a RATE_LIMITED GraphQL error.
    /// </summary>
    public static IServiceCollection AddHubRateLimits(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var options = configuration.GetSection(HubRateLimitOptions.Section).Get<HubRateLimitOptions>() ?? new HubRateLimitOptions();
        var enabled = options.Enabled ?? !environment.IsEnvironment("Testing");
        if (options.AnonymousPermits <= 0 || options.AuthenticatedPermits <= 0 || options.Window <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{HubRateLimitOptions.Section}: permits and the window must be positive.");
        }

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context => enabled ? Partition(context, options) : RateLimitPartition.GetNoLimiter("off"));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : (int)Math.Ceiling(options.Window.TotalSeconds);
                var http = rejected.HttpContext;
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await GraphQLResponses.WriteFailureAsync(http, new GraphQLHttpFailure(
                    StatusCodes.Status429TooManyRequests,
                    HubErrorCodes.RateLimited,
                    $"Too many requests: at most {PermitsFor(http, options)} in {options.Window.TotalSeconds:0} seconds. Try again in {seconds} seconds."));
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, HubRateLimitOptions options)
    {
        var caller = HubCaller.From(context.User);
        var key = caller.IsAuthenticated
            ? "caller:" + (caller.Subject ?? HubCaller.NameOf(caller.Role))
            : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = caller.IsAuthenticated ? options.AuthenticatedPermits : options.AnonymousPermits,
            Window = options.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static int PermitsFor(HttpContext context, HubRateLimitOptions options) =>
        HubCaller.From(context.User).IsAuthenticated ? options.AuthenticatedPermits : options.AnonymousPermits;
}

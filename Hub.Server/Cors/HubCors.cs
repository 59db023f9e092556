using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Hub.Server.Cors;

/// <summary>CORS for the GraphQL endpoints: anonymous reading from any origin, credentials from the listed ones (<see cref="HubCorsPolicyProvider"/>).</summary>
public static class HubCors
{
    /// <summary>The policy of GraphQL over HTTP at <c>/graphql</c> (and its Server-Sent Events there): GET and POST.</summary>
    public const string Policy = "hub";

    /// <summary>The policy of GraphQL over Server-Sent Events at <c>/graphql/stream</c>: also PUT, DELETE and the stream's token header.</summary>
    public const string StreamPolicy = "hub-stream";

    /// <summary>Registers ASP.NET Core's CORS with the hub's policies and the settings of <c>Hub:Cors</c>, checked at start.</summary>
    public static IServiceCollection AddHubCors(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<HubCorsOptions>()
            .BindConfiguration(HubCorsOptions.Section)
            .Validate(o => o.PreflightMaxAgeSeconds >= 0, $"{HubCorsOptions.Section}:PreflightMaxAgeSeconds must not be negative.")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubCorsOptions>, HubCorsOptionsValidator>());
        services.AddCors();
        services.Replace(ServiceDescriptor.Singleton<ICorsPolicyProvider, HubCorsPolicyProvider>());
        return services;
    }

    /// <summary>
    /// Answers preflights and adds the CORS headers to the answers of endpoints that ask for a hub policy
    /// (<c>RequireCors(HubCors.Policy)</c>). Goes before the database-away refusal, authentication and rate limiting,
    /// so preflights cost nothing and their 503, 401 and 429 answers are readable by the page.
    /// </summary>
    public static IApplicationBuilder UseHubCors(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(static (context, next) =>
        {
            // Whatever the Origin (or none), the answer of these endpoints depends on it: a cache must not hand the
            // answer given to one origin, or to a request without one, to another origin.
            if (context.GetEndpoint()?.Metadata.GetMetadata<IEnableCorsAttribute>() is { PolicyName: Policy or StreamPolicy })
            {
                // Registered before the CORS middleware's own callback, so it runs after it (callbacks run last first).
                context.Response.OnStarting(static state => VaryByOrigin((HttpResponse)state), context.Response);
            }

            return next(context);
        });
        return app.UseCors();
    }

    /// <summary>Adds Origin to Vary, keeping one header line (the endpoint's <c>Accept</c>, the CORS middleware's <c>Origin</c>).</summary>
    private static Task VaryByOrigin(HttpResponse response)
    {
        var names = response.Headers.Vary
            .SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (!names.Contains("*") && !names.Contains(HeaderNames.Origin, StringComparer.OrdinalIgnoreCase))
        {
            names.Add(HeaderNames.Origin);
        }

        response.Headers.Vary = string.Join(", ", names);
        return Task.CompletedTask;
    }
}

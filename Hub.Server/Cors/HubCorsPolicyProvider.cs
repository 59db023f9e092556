using Hub.Server.Auth;
using Hub.Server.ServerSentEvents;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Hub.Server.Http;
using Microsoft.Net.Http.Headers;

namespace Hub.Server.Cors;

/// <summary>
/// The hub's two tiers of CORS, chosen per request for the endpoints that ask for <see cref="HubCors.Policy"/> or
/// <see cref="HubCors.StreamPolicy"/>:
/// <list type="bullet">
/// <item>a listed origin (<see cref="HubCorsOptions.AllowedOrigins"/>) gets its own origin echoed with
/// <c>Access-Control-Allow-Credentials: true</c>, and may send <c>Authorization</c> and <c>X-Api-Key</c>;</item>
/// <item>any other origin gets <c>Access-Control-Allow-Origin: *</c> without credentials, as long as the request
/// carries none: a preflight asking for a credential header, or a request that carries one (or cookies), gets no
/// CORS headers at all, and the browser keeps the answer from the page.</item>
/// </list>
/// Any other endpoint gets no policy (the middleware then adds nothing): the IDE, its files, health, the
/// WebSocket handshake (which browsers do not subject to CORS).
/// </summary>
internal sealed class HubCorsPolicyProvider : ICorsPolicyProvider
{
    /// <summary>
    /// Headers a page of any origin may send: the GraphQL-over-HTTP ones, the key that makes a retried write safe, and
    /// the preflight headers a multipart upload must carry (which are what makes its request preflighted at all).
    /// </summary>
    private static readonly string[] PublicHeaders = [HeaderNames.ContentType, HeaderNames.Accept, "Idempotency-Key", .. GraphQLMultipartRequestReader.PreflightHeaders];

    /// <summary>Headers that carry a caller's credentials; only listed origins may send them.</summary>
    private static readonly string[] CredentialHeaders = [HeaderNames.Authorization, ApiKeyAuthenticationHandler.HeaderName];

    /// <summary>Response headers a page needs to read besides the safelisted ones: when to retry, why a credential failed, the listing's tag.</summary>
    private static readonly string[] ExposedHeaders = [HeaderNames.RetryAfter, HeaderNames.WWWAuthenticate, HeaderNames.ETag, HeaderNames.Allow];

    private static readonly CorsPolicy Refused = new();

    private readonly HashSet<string> _listed;
    private readonly Dictionary<string, (CorsPolicy Public, CorsPolicy Listed)> _policies;

    public HubCorsPolicyProvider(IOptions<HubCorsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _listed = new HashSet<string>(
            settings.AllowedOrigins.Select(o => HubCorsOrigin.Normalize(o, out _)).OfType<string>(),
            StringComparer.OrdinalIgnoreCase);
        var maxAge = TimeSpan.FromSeconds(Math.Max(0, settings.PreflightMaxAgeSeconds));
        string[] methods = [HttpMethods.Get, HttpMethods.Post];
        // Single connection mode of graphql-sse reserves its stream with PUT, cancels with DELETE and names the stream in a header.
        string[] streamMethods = [.. methods, HttpMethods.Put, HttpMethods.Delete];
        string[] streamHeaders = [ServerSentEventsEndpoint.TokenHeader];
        _policies = new Dictionary<string, (CorsPolicy, CorsPolicy)>(StringComparer.Ordinal)
        {
            [HubCors.Policy] = (PublicPolicy(methods, PublicHeaders, maxAge), ListedPolicy(methods, [.. PublicHeaders, .. CredentialHeaders], maxAge)),
            [HubCors.StreamPolicy] = (
                PublicPolicy(streamMethods, [.. PublicHeaders, .. streamHeaders], maxAge),
                ListedPolicy(streamMethods, [.. PublicHeaders, .. streamHeaders, .. CredentialHeaders], maxAge)),
        };
    }

    public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (policyName is null || !_policies.TryGetValue(policyName, out var policies))
        {
            return Task.FromResult<CorsPolicy?>(null);
        }

        var request = context.Request;
        if (IsListed(request.Headers.Origin.ToString()))
        {
            return Task.FromResult<CorsPolicy?>(policies.Listed);
        }

        var credentialed = IsPreflight(request) ? AsksForCredentials(request) : CarriesCredentials(request);
        return Task.FromResult<CorsPolicy?>(credentialed ? Refused : policies.Public);
    }

    private bool IsListed(string origin) => origin.Length > 0 && _listed.Contains(origin);

    private static bool IsPreflight(HttpRequest request) =>
        HttpMethods.IsOptions(request.Method) && request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod);

    /// <summary>Whether a preflight announces a header that carries credentials.</summary>
    private static bool AsksForCredentials(HttpRequest request) =>
        request.Headers.AccessControlRequestHeaders
            .SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Any(header => CredentialHeaders.Contains(header, StringComparer.OrdinalIgnoreCase));

    private static bool CarriesCredentials(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderNames.Authorization)
        || request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName)
        || request.Headers.ContainsKey(HeaderNames.Cookie);

    private static CorsPolicy PublicPolicy(string[] methods, string[] headers, TimeSpan maxAge) =>
        new CorsPolicyBuilder()
            .AllowAnyOrigin()
            .WithMethods(methods)
            .WithHeaders(headers)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(maxAge)
            .Build();

    private CorsPolicy ListedPolicy(string[] methods, string[] headers, TimeSpan maxAge) =>
        new CorsPolicyBuilder()
            // A predicate rather than WithOrigins: the same comparison as IsListed, and the answer says Vary: Origin.
            .SetIsOriginAllowed(IsListed)
            .AllowCredentials()
            .WithMethods(methods)
            .WithHeaders(headers)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(maxAge)
            .Build();
}

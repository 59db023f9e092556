using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Hub.Data.ApiKeys;
using Hub.Schema.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Hub.Server.Auth;

/// <summary>
/// The "ApiKey" scheme: a key sent as <c>Authorization: ApiKey &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c> becomes
/// the claims of <see cref="HubClaimTypes"/>, with the subject <c>key:&lt;name&gt;</c>. No request without a key
/// gets past <see cref="BadCredentialsMiddleware"/> as anything but the public; a key that does not check out is a
/// failure, never the public.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    /// <summary>The key a request carries, or null; the second value says whether it carried one at all (possibly empty).</summary>
    public static (string? Key, bool Present) KeyOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.TryGetValue(HeaderName, out var header))
        {
            return (header.ToString().Trim(), true);
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase)
            ? (authorization[(SchemeName.Length + 1)..].Trim(), true)
            : (null, false);
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var (text, present) = KeyOf(Request);
        if (!present)
        {
            return AuthenticateResult.NoResult();
        }

        // One request, one caller: an Authorization header beside X-Api-Key that is not the same key (a token, a
        // broken key, another scheme) contradicts it, and serving the key's role would ignore a credential that fails.
        var authorization = Request.Headers.Authorization.ToString();
        if (Request.Headers.ContainsKey(HeaderName) && !string.IsNullOrWhiteSpace(authorization)
            && !string.Equals(authorization.Trim(), SchemeName + " " + text, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("The request carries an X-Api-Key header and an Authorization header that is not the same key; send one credential.");
        }

        // The message never repeats the key: it is logged.
        var key = await Context.RequestServices.GetRequiredService<ApiKeyStore>().AuthenticateAsync(text, Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is unknown, malformed or revoked.");
        }

        var claims = new List<Claim>
        {
            new(HubClaimTypes.Subject, "key:" + key.Name),
            new(HubClaimTypes.Role, key.Role),
        };
        if (key.StationId is { } station)
        {
            claims.Add(new Claim(HubClaimTypes.Station, station.ToString(CultureInfo.InvariantCulture)));
        }

        if (key.RegionCode is { } region)
        {
            claims.Add(new Claim(HubClaimTypes.Region, region));
        }

        var identity = new ClaimsIdentity(claims, SchemeName, HubClaimTypes.Subject, HubClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}

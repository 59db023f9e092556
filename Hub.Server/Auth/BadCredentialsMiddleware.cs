using Hub.Schema.Access;
using Hub.Schema.Errors;
using Hub.Server.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Server.Auth;

/// <summary>
/// Refuses a request whose credentials do not check out (an unknown or revoked key, a token expired, badly signed
/// or for another audience) with 401, <c>WWW-Authenticate</c> and an UNAUTHENTICATED GraphQL error. Without this,
/// such a request would run as the public, and a client with a broken key would read public data believing it
/// was reading its own. Requests without credentials pass as the public.
/// </summary>
internal sealed class BadCredentialsMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var (_, hasKey) = ApiKeyAuthenticationHandler.KeyOf(context.Request);
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!hasKey && string.IsNullOrWhiteSpace(authorization))
        {
            await next(context);
            return;
        }

        if (HubCaller.From(context.User).IsAuthenticated)
        {
            await next(context);
            return;
        }

        var scheme = hasKey ? ApiKeyAuthenticationHandler.SchemeName : JwtBearerDefaults.AuthenticationScheme;
        string message;
        if (!hasKey && !authorization.StartsWith(JwtBearerDefaults.AuthenticationScheme + " ", StringComparison.OrdinalIgnoreCase))
        {
            message = "The Authorization header names a scheme the hub does not accept; send \"Bearer <token>\" or \"ApiKey <key>\".";
        }
        else
        {
            // The result the authentication middleware already computed; handlers cache it per request.
            var result = await context.AuthenticateAsync();
            message = hasKey
                ? result.Failure?.Message ?? "The API key is unknown, malformed or revoked."
                : result.Failure switch
                {
                    BearerTokenClaimsException refused => refused.Message,
                    SecurityTokenExpiredException => "The bearer token has expired.",
                    SecurityTokenNotYetValidException => "The bearer token is not valid yet.",
                    null when result.Succeeded => "The bearer token does not name a hub role with its scope (hub_role, and hub_station or hub_region where the role needs one).",
                    null => "The bearer token is not a token the hub accepts.",
                    _ => "The bearer token is not valid: wrong signature, issuer or audience, or malformed.",
                };
        }

        context.Response.Headers.WWWAuthenticate = $"{scheme} realm=\"datahub\", error=\"invalid_token\"";
        await GraphQLResponses.WriteFailureAsync(context, new GraphQLHttpFailure(StatusCodes.Status401Unauthorized, HubErrorCodes.Unauthenticated, message));
    }
}

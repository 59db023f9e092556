using System.Text;
using Hub.Data;
using Hub.Schema.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Server.Auth;

public static class HubAuthenticationServiceCollectionExtensions
{
    /// <summary>The default scheme: forwards to "ApiKey" or "Bearer" by the request's headers.</summary>
    public const string CredentialsScheme = "Credentials";

    /// <summary>
    /// Registers the credentials the hub accepts. A request without any is the public; the schema's rules decide
    /// what each caller may read and write (<see cref="HubCaller"/>).
    /// </summary>
    public static IServiceCollection AddHubAuthentication(this IServiceCollection services)
    {
        services.AddOptions<HubJwtOptions>()
            .BindConfiguration(HubJwtOptions.Section)
            .ValidateKeys(HubJwtOptions.Section)
            .Validate(
                jwt => Encoding.UTF8.GetByteCount(jwt.SigningKey) is 0 or >= 32,
                // Not the key itself: the message goes to logs.
                $"{HubJwtOptions.Section}:SigningKey is too short: HS256 needs at least 32 bytes of UTF-8 (an empty key accepts no bearer tokens).")
            .ValidateOnStart();

        // The bearer handler's settings come from the hub's, when the handler first needs them.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<HubJwtOptions>>((options, hub) => Configure(options, hub.Value));

        services.AddAuthentication(CredentialsScheme)
            // One default scheme that hands each request to the handler of the credentials it carries.
            .AddPolicyScheme(CredentialsScheme, "API key or bearer token", options =>
                options.ForwardDefaultSelector = context => ApiKeyAuthenticationHandler.KeyOf(context.Request).Present
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddJwtBearer();
        return services;
    }

    private static void Configure(JwtBearerOptions options, HubJwtOptions jwt)
    {
        var signingKey = Encoding.UTF8.GetBytes(jwt.SigningKey);
        // Claims keep the names the token gives them (hub_role, sub), not the WS-* URIs of the old mapping.
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = jwt.Issuer,
            ValidAudience = jwt.Audience,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = jwt.ClockSkew,
            RequireExpirationTime = true,
            NameClaimType = HubClaimTypes.Subject,
            RoleClaimType = HubClaimTypes.Role,
            // Without a configured key no token can validate: a fresh random key nobody else holds.
            IssuerSigningKey = new SymmetricSecurityKey(signingKey.Length > 0 ? signingKey : System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (BearerTokenClaims.Refusal(context.SecurityToken) is { } refusal)
                {
                    context.Fail(new BearerTokenClaimsException(refusal));
                }

                return Task.CompletedTask;
            },
        };
    }
    /// <summary>
    /// Refuses, with 401, a request whose credentials do not check out. Goes after <c>UseAuthentication</c>, which
    /// reads them into <c>HttpContext.User</c>, and after the rate limiter, so that floods of bad keys are limited
    /// per client address like any anonymous traffic.
    /// </summary>
    public static IApplicationBuilder UseBadCredentialsRefusal(this IApplicationBuilder app) => app.UseMiddleware<BadCredentialsMiddleware>();
}

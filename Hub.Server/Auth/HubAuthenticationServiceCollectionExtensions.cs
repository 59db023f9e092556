using System.Text;
using Hub.Schema.Access;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Server.Auth;

public static class HubAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the credentials the hub accepts. A request without any is the public; the schema's rules decide
    /// what each caller may read and write (<see cref="HubCaller"/>).
    /// </summary>
    public static IServiceCollection AddHubAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var jwt = configuration.GetSection(HubJwtOptions.Section).Get<HubJwtOptions>() ?? new HubJwtOptions();
        var signingKey = Encoding.UTF8.GetBytes(jwt.SigningKey);
        if (signingKey.Length is > 0 and < 32)
        {
            throw new InvalidOperationException($"{HubJwtOptions.Section}:SigningKey must be at least 32 bytes long for HS256.");
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
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
            });
        return services;
    }
}

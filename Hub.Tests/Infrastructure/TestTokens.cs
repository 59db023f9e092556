using System.Globalization;
using System.Security.Claims;
using System.Text;
using Hub.Schema.Access;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// Bearer tokens for the test hubs, signed with the key <see cref="HubApplication"/> configures, as a bureau's
/// identity provider would issue them.
/// </summary>
public static class TestTokens
{
    public const string SigningKey = "datahub-tests-signing-key-0123456789abcdef";

    public static string Admin { get; } = For(HubRole.Admin, "test-admin");

    public static string For(
        HubRole role,
        string subject,
        int? stationId = null,
        string? regionCode = null,
        DateTime? expires = null,
        string signingKey = SigningKey,
        string issuer = "datahub",
        string audience = "datahub")
    {
        var claims = new List<Claim> { new(HubClaimTypes.Subject, subject), new(HubClaimTypes.Role, HubCaller.NameOf(role)) };
        if (stationId is { } station)
        {
            claims.Add(new Claim(HubClaimTypes.Station, station.ToString(CultureInfo.InvariantCulture)));
        }

        if (regionCode is not null)
        {
            claims.Add(new Claim(HubClaimTypes.Region, regionCode));
        }

        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = issuer,
            Audience = audience,
            NotBefore = expiry.AddHours(-2),
            IssuedAt = expiry.AddHours(-2),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}

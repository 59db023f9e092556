using System.Security.Claims;
using System.Text;
using Hub.Schema.Access;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Tests.Infrastructure;

/// <summary>HS256 bearer tokens as a bureau's identity provider would sign them, with the key every test hub is configured with.</summary>
public static class TestTokens
{
    public const string SigningKey = "datahub-tests-signing-key-0123456789abcdef";

    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Hub:Auth:Jwt:SigningKey"] = SigningKey,
    };

    /// <summary>A token for <paramref name="role"/> with its scope: a station id for STATION_STAFF, a region code for ANALYST.</summary>
    public static string For(HubRole role, int? stationId = null, string? regionCode = null, string subject = "test")
    {
        var claims = new List<Claim> { new(HubClaimTypes.Subject, subject), new(HubClaimTypes.Role, HubCaller.NameOf(role)) };
        if (stationId is { } station)
        {
            claims.Add(new Claim(HubClaimTypes.Station, station.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (regionCode is not null)
        {
            claims.Add(new Claim(HubClaimTypes.Region, regionCode));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "datahub",
            Audience = "datahub",
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}

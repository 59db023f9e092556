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

    /// <summary>Tokens the hub must refuse, each with why.</summary>
    public static TheoryData<string, string> ThatDoNotCheckOut() => new()
    {
        { "expired", For(HubRole.Admin, "late", expires: DateTime.UtcNow.AddMinutes(-5)) },
        { "signed with another key", For(HubRole.Admin, "forger", signingKey: "another-key-that-is-long-enough-for-hs256!!") },
        { "for another audience", For(HubRole.Admin, "elsewhere", audience: "someone-else") },
        { "from another issuer", For(HubRole.Admin, "elsewhere", issuer: "someone-else") },
        { "staff without a station", For(HubRole.StationStaff, "nowhere") },
        { "not a token", "not-a-jwt" },
    };

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

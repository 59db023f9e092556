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
        { "unsigned (alg none)", WithClaims(new Dictionary<string, object> { ["sub"] = "unsigned", [HubClaimTypes.Role] = "ADMIN" }, signingKey: null) },
        { "without a subject", WithClaims(new Dictionary<string, object> { [HubClaimTypes.Role] = "ADMIN" }) },
        { "with an empty subject", WithClaims(new Dictionary<string, object> { ["sub"] = "", [HubClaimTypes.Role] = "ADMIN" }) },
        { "with two subjects", WithClaims(new Dictionary<string, object> { ["sub"] = new List<string> { "one", "two" }, [HubClaimTypes.Role] = "ADMIN" }) },
        { "with the role as an array", WithClaims(new Dictionary<string, object> { ["sub"] = "two-hats", [HubClaimTypes.Role] = new List<string> { "PARTNER", "ADMIN" } }) },
        { "with the role as an array of one", WithClaims(new Dictionary<string, object> { ["sub"] = "one-hat", [HubClaimTypes.Role] = new List<string> { "ADMIN" } }) },
        { "with the station as an array", WithClaims(new Dictionary<string, object> { ["sub"] = "two-stations", [HubClaimTypes.Role] = "STATION_STAFF", [HubClaimTypes.Station] = new List<string> { "1", "2" } }) },
        { "with the region as an array", WithClaims(new Dictionary<string, object> { ["sub"] = "two-regions", [HubClaimTypes.Role] = "ANALYST", [HubClaimTypes.Region] = new List<string> { "370102000000", "370103000000" } }) },
    };

    /// <summary>What may come in Authorization beside a valid X-Api-Key, each with why; <c>{key}</c> stands for that key.</summary>
    public static TheoryData<string, string> AuthorizationsBesideAKey() => new()
    {
        { "bearer garbage", "Bearer garbage" },
        { "an unknown key", "ApiKey dhk_000000000000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" },
        { "a malformed key", "ApiKey {key}x" },
        { "an unsigned token", "Bearer " + WithClaims(new Dictionary<string, object> { ["sub"] = "unsigned", [HubClaimTypes.Role] = "ADMIN" }, signingKey: null) },
        { "an expired token", "Bearer " + For(HubRole.Admin, "late", expires: DateTime.UtcNow.AddMinutes(-5)) },
        { "a scheme the hub does not know", "Basic YWRtaW46YWRtaW4=" },
        { "a valid token of another caller", "Bearer " + For(HubRole.Partner, "someone-else") },
    };

    /// <summary>
    /// A token whose payload holds exactly <paramref name="claims"/> (besides issuer, audience and lifetime), for the
    /// shapes <see cref="For"/> cannot make: claims missing, claims given as arrays; unsigned (alg none) without a <paramref name="signingKey"/>.
    /// </summary>
    public static string WithClaims(IDictionary<string, object> claims, string? signingKey = SigningKey) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            Issuer = "datahub",
            Audience = "datahub",
            NotBefore = DateTime.UtcNow.AddHours(-1),
            IssuedAt = DateTime.UtcNow.AddHours(-1),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = signingKey is null ? null : new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });

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

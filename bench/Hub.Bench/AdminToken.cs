using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Hub.Bench;

/// <summary>
/// A short-lived HS256 bearer token with the ADMIN hub role, signed with the key the benchmark's own server was
/// started with (<c>Hub:Auth:Jwt:SigningKey</c>), so that recordActivity runs as a caller allowed to record for
/// any station once the schema checks roles.
/// </summary>
public static class AdminToken
{
    /// <summary>Where bench/run-subscriptions.sh hands the key over (an environment variable keeps it out of the process list).</summary>
    public const string SigningKeyVariable = "HUB_BENCH_JWT_SIGNING_KEY";

    public static string Mint(string signingKey, string issuer = "datahub", string audience = "datahub")
    {
        ArgumentException.ThrowIfNullOrEmpty(signingKey);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT" };
        var payload = new JsonObject
        {
            ["sub"] = "subscription-benchmark",
            ["hub_role"] = "ADMIN",
            ["iss"] = issuer,
            ["aud"] = audience,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 7200,
        };
        var unsigned = Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), Encoding.ASCII.GetBytes(unsigned));
        return unsigned + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

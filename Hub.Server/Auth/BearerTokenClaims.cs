using System.Text.Json;
using Hub.Schema.Access;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Server.Auth;

/// <summary>
/// What a signed token must say beyond its signature: who it is for (a <c>sub</c>, which the audit log and the rate
/// limit name), and each hub claim once. A JSON array where one value is expected becomes several claims of one
/// type, of which the hub would read the first: a token that says two things is refused, not read for one of them.
/// </summary>
internal static class BearerTokenClaims
{
    private static readonly string[] SingleValued = [HubClaimTypes.Subject, HubClaimTypes.Role, HubClaimTypes.Station, HubClaimTypes.Region];

    /// <summary>Why the hub refuses the token's claims, or null when it accepts them.</summary>
    public static string? Refusal(SecurityToken token)
    {
        if (token is not JsonWebToken jwt)
        {
            return "The bearer token is not a JSON web token.";
        }

        using var payload = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(jwt.EncodedPayload));
        var root = payload.RootElement;
        foreach (var name in SingleValued)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
            {
                return $"The bearer token gives '{name}' as {(value.ValueKind == JsonValueKind.Array ? "an array" : "an object")}; the hub needs exactly one value.";
            }
        }

        if (!root.TryGetProperty(HubClaimTypes.Subject, out var subject) || subject.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(subject.GetString()))
        {
            return "The bearer token names no subject ('sub'); the hub needs to know whom it acts for.";
        }

        return null;
    }
}

using System.Globalization;
using System.Security.Claims;

namespace Hub.Schema.Access;

/// <summary>The caller of one request as the schema's rules see it: a role and, for some roles, a scope.</summary>
/// <param name="Role">What the caller may do.</param>
/// <param name="Subject">Who the caller is, for the audit log; null for the public.</param>
/// <param name="StationId">The station a STATION_STAFF caller works for.</param>
/// <param name="RegionCode">The root of the region subtree an ANALYST caller may read.</param>
public sealed record HubCaller(HubRole Role, string? Subject, int? StationId, string? RegionCode)
{
    public static HubCaller Public { get; } = new(HubRole.Public, null, null, null);

    public bool IsAuthenticated => Role != HubRole.Public;

    /// <summary>
    /// Reads the hub's claims. A principal that is not authenticated, or whose claims do not make a whole
    /// identity (staff without a station, an analyst without a region), is the public: never more than the claims
    /// prove.
    /// </summary>
    public static HubCaller From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || !TryParseRole(user.FindFirst(HubClaimTypes.Role)?.Value, out var role))
        {
            return Public;
        }

        var subject = user.FindFirst(HubClaimTypes.Subject)?.Value ?? user.Identity.Name;
        var station = int.TryParse(user.FindFirst(HubClaimTypes.Station)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null;
        var region = user.FindFirst(HubClaimTypes.Region)?.Value;
        return role switch
        {
            HubRole.StationStaff when station is null => Public,
            HubRole.Analyst when string.IsNullOrEmpty(region) => Public,
            _ => new HubCaller(role, subject, role == HubRole.StationStaff ? station : null, role == HubRole.Analyst ? region : null),
        };
    }

    /// <summary>The role's name as claims and the schema spell it: PARTNER, STATION_STAFF, ANALYST, ADMIN.</summary>
    public static string NameOf(HubRole role) => role switch
    {
        HubRole.Public => "PUBLIC",
        HubRole.Partner => "PARTNER",
        HubRole.StationStaff => "STATION_STAFF",
        HubRole.Analyst => "ANALYST",
        HubRole.Admin => "ADMIN",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static bool TryParseRole(string? name, out HubRole role)
    {
        foreach (var candidate in Enum.GetValues<HubRole>())
        {
            if (candidate != HubRole.Public && string.Equals(NameOf(candidate), name, StringComparison.Ordinal))
            {
                role = candidate;
                return true;
            }
        }

        role = HubRole.Public;
        return false;
    }
}

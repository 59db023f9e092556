namespace Hub.Schema.Access;

/// <summary>
/// The claims a credential (API key or JWT bearer token) carries into the schema. The server's authentication
/// handlers put them on <c>HttpContext.User</c>; the schema reads them back through <see cref="HubCaller.From"/>.
/// </summary>
public static class HubClaimTypes
{
    /// <summary>One of PARTNER, STATION_STAFF, ANALYST, ADMIN (the <see cref="HubRole"/> names in UPPER_SNAKE).</summary>
    public const string Role = "hub_role";

    /// <summary>The database id of the station a STATION_STAFF caller works for.</summary>
    public const string Station = "hub_station";

    /// <summary>The code of the region whose subtree an ANALYST caller may read.</summary>
    public const string Region = "hub_region";

    /// <summary>Who the caller is, for the audit log: the key's name or the token's subject.</summary>
    public const string Subject = "sub";
}

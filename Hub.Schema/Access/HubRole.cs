namespace Hub.Schema.Access;

/// <summary>Who a caller is to the hub; each role may read and write more than the one before it, within its scope.</summary>
public enum HubRole
{
    /// <summary>No credentials: the public project listing and public figures only.</summary>
    Public,

    /// <summary>A partner organisation holding an API key: what the public sees, plus mutations it is granted none of.</summary>
    Partner,

    /// <summary>Staff of one station: writes that station's activities and observations.</summary>
    StationStaff,

    /// <summary>A bureau analyst: reads everything, internal and restricted figures included, inside one region subtree.</summary>
    Analyst,

    /// <summary>Reads and writes everything.</summary>
    Admin,
}

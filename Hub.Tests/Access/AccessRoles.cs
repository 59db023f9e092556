namespace Hub.Tests.Access;

/// <summary>The callers of the access matrix: the public, a partner, staff of station A, an analyst of A's district, an admin.</summary>
public static class AccessRoles
{
    public static TheoryData<string> All { get; } = new("PUBLIC", "PARTNER", "STATION_STAFF", "ANALYST", "ADMIN");
}

namespace Hub.Tests.Access;

/// <summary>The callers of the access matrix: each role, station staff on either side of their station's boundary.</summary>
public enum TestCaller
{
    Public,
    Partner,
    OwnStationStaff,
    OtherStationStaff,
    Analyst,
    Admin,
}

namespace Hub.Data.Model;

/// <summary>Levels of the administrative tree, top down; the numeric order is the depth.</summary>
public enum RegionLevel
{
    Province = 1,
    City = 2,
    District = 3,
    Street = 4,
    Community = 5,
}

using Hub.Data.Model;

namespace Hub.Data.Regions;

/// <summary>One division of the statistical tree, its code and its parent's already widened to the hub's 12 digits.</summary>
public sealed record DivisionRow(string Code, string Name, RegionLevel Level, string? ParentCode);

namespace Hub.Data.Indicators;

/// <summary>The shape of the roll-up: each region's parent (null at the root) and each station's region.</summary>
public sealed record RollupTree(IReadOnlyDictionary<int, int?> RegionParents, IReadOnlyDictionary<int, int> StationRegions);

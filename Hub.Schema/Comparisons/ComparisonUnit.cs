namespace Hub.Schema.Comparisons;

/// <summary>One compared unit: a region (with its code and, where known, its population) or a station.</summary>
public sealed record ComparisonUnit(int Id, string? RegionCode, int? StationId, string Name, int? Population, int? Households);

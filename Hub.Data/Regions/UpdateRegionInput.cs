using Hub.Data.Writes;

namespace Hub.Data.Regions;

/// <summary>
/// A patch of a region's statistics. Its code, name and place in the tree are the statistical division's, not the
/// hub's to change; a region's population is its own figure and is not summed into the regions above it.
/// </summary>
public sealed record UpdateRegionInput(
    int Id,
    Patch<int?> Population = default,
    Patch<int?> Households = default,
    Patch<decimal?> AreaKm2 = default);

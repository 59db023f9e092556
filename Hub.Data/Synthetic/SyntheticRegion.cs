using Hub.Data.Model;

namespace Hub.Data.Synthetic;

/// <summary>One node of the generated region tree.</summary>
internal sealed class SyntheticRegion(string code, string name, RegionLevel level, SyntheticRegion? parent)
{
    public int Id { get; set; }

    public string Code { get; } = code;

    public string Name { get; } = name;

    public RegionLevel Level { get; } = level;

    public SyntheticRegion? Parent { get; } = parent;

    public List<SyntheticRegion> Children { get; } = [];

    public int Population { get; set; }

    public int Households { get; set; }

    /// <summary>Area in km², two decimals.</summary>
    public decimal AreaKm2 { get; set; }

    /// <summary>The name without its administrative suffix (崔寨街道 → 崔寨), for brand and team names.</summary>
    public string ShortName => Name.EndsWith("街道", StringComparison.Ordinal) ? Name[..^2] : Name.Length > 2 ? Name[..^1] : Name;

    public SyntheticRegion Ancestor(RegionLevel level)
    {
        for (var region = this; region is not null; region = region.Parent)
        {
            if (region.Level == level)
            {
                return region;
            }
        }

        throw new InvalidOperationException($"{Code} has no {level} ancestor.");
    }
}

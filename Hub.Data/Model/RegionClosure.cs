namespace Hub.Data.Model;

/// <summary>
/// One row per (ancestor, descendant) pair, self included at depth 0, so that "every station inside
/// this region" is a join rather than a recursive query, for any batch of regions at any level.
/// </summary>
public class RegionClosure
{
    public int AncestorId { get; set; }
    public int DescendantId { get; set; }
    public int Depth { get; set; }
}

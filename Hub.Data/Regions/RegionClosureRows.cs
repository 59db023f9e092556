using Hub.Data.Model;

namespace Hub.Data.Regions;

/// <summary>Computes the closure rows (ancestor, descendant, depth) of regions whose ids and parents are known.</summary>
public static class RegionClosureRows
{
    /// <param name="regions">Every region of the tree, with <see cref="Region.Id"/> and <see cref="Region.ParentId"/> set.</param>
    public static IEnumerable<RegionClosure> For(IEnumerable<Region> regions)
    {
        var parentOf = regions.ToDictionary(r => r.Id, r => r.ParentId);
        foreach (var (id, _) in parentOf)
        {
            int? ancestor = id;
            var depth = 0;
            while (ancestor is { } current)
            {
                yield return new RegionClosure { AncestorId = current, DescendantId = id, Depth = depth };
                ancestor = parentOf.TryGetValue(current, out var parent)
                    ? parent
                    : throw new InvalidOperationException($"Region {id} has an ancestor {current} that is not in the tree.");
                depth++;
                if (depth > 10)
                {
                    throw new InvalidOperationException($"Region {id} sits in a cycle of parents.");
                }
            }
        }
    }
}

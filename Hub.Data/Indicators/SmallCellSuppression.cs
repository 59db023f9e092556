namespace Hub.Data.Indicators;

/// <summary>
/// Which cells of one indicator and one period a viewer below the analyst must not see, decided over the whole
/// tree so that no two requests can be combined to recover a cell.
/// </summary>
/// <remarks>
/// <para>Primary suppression: a cell built from fewer than <c>minStations</c> reporting stations, or whose value is
/// at least 1 and below <c>minUnits</c>.</para>
/// <para>Complementary suppression: every region is the sum of its parts (its child regions and the stations placed
/// directly in it), so each region gives one equation <c>region = Σ parts</c>. An equation with exactly one hidden
/// member gives that member away by subtraction; the smallest visible part (or, when the hidden member is the only
/// part, the region itself) is hidden too, and the equations the newly hidden cell belongs to are checked again,
/// up and down the tree, until every equation hides none or at least two members. Cells nobody reported are known
/// zeros, never hidden and never counted as unknowns; among candidates a non-zero value is preferred, since a
/// hidden zero next to a hidden small cell bounds it less than a hidden positive value does.</para>
/// </remarks>
public static class SmallCellSuppression
{
    public static IReadOnlySet<(RollupScope Scope, int Id)> Suppressed(IEnumerable<TreeCell> cells, RollupTree tree, int minStations, int minUnits)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(tree);
        var values = cells.Where(c => c.ReportingStations > 0).ToDictionary(c => (c.Scope, c.Id));
        var hidden = values.Values
            .Where(c => c.ReportingStations < minStations || (c.Value > 0 && c.Value < minUnits))
            .Select(c => (c.Scope, c.Id))
            .ToHashSet();

        // region id -> its parts; a part's equation is its parent region's.
        var parts = new Dictionary<int, List<(RollupScope Scope, int Id)>>();
        foreach (var (region, parent) in tree.RegionParents)
        {
            if (parent is { } p)
            {
                PartsOf(parts, p).Add((RollupScope.Region, region));
            }
        }

        foreach (var (station, region) in tree.StationRegions)
        {
            PartsOf(parts, region).Add((RollupScope.Station, station));
        }

        var pending = new Queue<int>(parts.Keys);
        var queued = parts.Keys.ToHashSet();
        while (pending.TryDequeue(out var region))
        {
            queued.Remove(region);
            (RollupScope Scope, int Id) whole = (RollupScope.Region, region);
            var members = parts[region].Where(values.ContainsKey).ToList();
            if (!values.ContainsKey(whole))
            {
                continue;
            }

            var unknown = members.Count(hidden.Contains) + (hidden.Contains(whole) ? 1 : 0);
            if (unknown != 1)
            {
                continue;
            }

            var candidates = members.Where(m => !hidden.Contains(m)).ToList();
            var next = candidates.Count > 0
                ? candidates.OrderBy(m => values[m].Value == 0 ? 1 : 0).ThenBy(m => values[m].Value).ThenBy(m => m.Scope).ThenBy(m => m.Id).First()
                : whole;
            if (next == whole && hidden.Contains(whole))
            {
                continue;
            }

            hidden.Add(next);

            // The newly hidden cell belongs to its parent's equation and, for a region, to its own.
            var touched = new List<int>();
            if (next.Scope == RollupScope.Region)
            {
                touched.Add(next.Id);
                if (tree.RegionParents.GetValueOrDefault(next.Id) is { } parentRegion)
                {
                    touched.Add(parentRegion);
                }
            }
            else if (tree.StationRegions.TryGetValue(next.Id, out var stationRegion))
            {
                touched.Add(stationRegion);
            }

            touched.Add(region);
            foreach (var equation in touched.Where(parts.ContainsKey))
            {
                if (queued.Add(equation))
                {
                    pending.Enqueue(equation);
                }
            }
        }

        return hidden;
    }

    private static List<(RollupScope Scope, int Id)> PartsOf(Dictionary<int, List<(RollupScope Scope, int Id)>> parts, int region)
    {
        if (!parts.TryGetValue(region, out var list))
        {
            list = [];
            parts[region] = list;
        }

        return list;
    }
}

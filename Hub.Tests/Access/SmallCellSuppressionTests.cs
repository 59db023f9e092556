using Hub.Data.Indicators;

namespace Hub.Tests.Access;

/// <summary>
/// The suppression decision itself, on trees shaped to need a cascade: a region hidden to protect a sibling is in
/// turn the total of visible parts, so one of those must be hidden too, down to the stations.
/// </summary>
public sealed class SmallCellSuppressionTests
{
    // P(1) = A(2) + B(3); A = A1(4) + A2(5); A1 holds stations 101..110 (10 each), A2 stations 111..120 (10 each),
    // B stations 121..123 (10 each): B rests on 3 stations.
    private static readonly RollupTree Tree = new(
        new Dictionary<int, int?> { [1] = null, [2] = 1, [3] = 1, [4] = 2, [5] = 2 },
        Enumerable.Range(101, 10).ToDictionary(id => id, _ => 4)
            .Concat(Enumerable.Range(111, 10).ToDictionary(id => id, _ => 5))
            .Concat(Enumerable.Range(121, 3).ToDictionary(id => id, _ => 3))
            .ToDictionary(pair => pair.Key, pair => pair.Value));

    private static List<TreeCell> Cells(Func<int, decimal> stationValue)
    {
        var stations = Tree.StationRegions.Keys.Select(id => new TreeCell(RollupScope.Station, id, 1, stationValue(id), 1)).ToList();
        var regions = Tree.RegionParents.Keys.Select(region =>
        {
            var inside = Tree.StationRegions.Where(s => IsWithin(s.Value, region)).Select(s => s.Key).ToList();
            return new TreeCell(RollupScope.Region, region, 1, inside.Sum(stationValue), inside.Count);
        });
        return [.. stations, .. regions];
    }

    private static bool IsWithin(int region, int ancestor) =>
        region == ancestor || (Tree.RegionParents[region] is { } parent && IsWithin(parent, ancestor));

    [Fact]
    public void A_region_hidden_for_its_sibling_hides_one_of_its_own_visible_parts()
    {
        var hidden = SmallCellSuppression.Suppressed(Cells(_ => 10), Tree, minStations: 5, minUnits: 10);
        Assert.Contains((RollupScope.Region, 3), hidden);   // B: 3 stations
        Assert.Contains((RollupScope.Region, 2), hidden);   // A: else P − A = B
        Assert.Contains((RollupScope.Region, 4), hidden);   // A1: else A = A1 + A2
        Assert.DoesNotContain((RollupScope.Region, 1), hidden);
        Assert.DoesNotContain((RollupScope.Region, 5), hidden);
        Assert.All(Tree.StationRegions.Keys, id => Assert.Contains((RollupScope.Station, id), hidden));
    }

    [Fact]
    public void Zeros_and_cells_above_the_thresholds_stay_published_and_lower_thresholds_hide_less()
    {
        var zeros = SmallCellSuppression.Suppressed(Cells(_ => 0), Tree, minStations: 1, minUnits: 10);
        Assert.Empty(zeros);

        var loose = SmallCellSuppression.Suppressed(Cells(_ => 10), Tree, minStations: 1, minUnits: 1);
        Assert.Empty(loose);
    }
}

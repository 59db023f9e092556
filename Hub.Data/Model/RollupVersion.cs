namespace Hub.Data.Model;

/// <summary>
/// A counter per indicator (and one for the region tree, <see cref="Indicators.RollupVersions.Tree"/>) that goes up
/// in the same transaction as every change to the indicator's observations (or to the tree): what is derived from
/// them over the whole tree (suppression decisions) is kept while the counter stands and recomputed when it moves.
/// </summary>
public class RollupVersion
{
    public int IndicatorId { get; set; }

    public long Version { get; set; }
}

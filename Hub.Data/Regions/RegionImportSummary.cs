using Hub.Data.Model;

namespace Hub.Data.Regions;

/// <summary>What one import did to the tree, and what the tree holds after it.</summary>
public sealed record RegionImportSummary(
    int Listed,
    int Inserted,
    IReadOnlyList<RegionRename> Renamed,
    int ClosureRows,
    IReadOnlyDictionary<RegionLevel, int> InDatabase,
    TimeSpan Elapsed)
{
    /// <summary>Whether the import stored anything; a run after a complete one stores nothing.</summary>
    public bool Changed => Inserted > 0 || Renamed.Count > 0;

    public int Unchanged => Listed - Inserted - Renamed.Count;
}

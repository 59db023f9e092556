namespace Hub.Data.Synthetic;

/// <summary>What a write produced: rows per table (by table name) and how long it took.</summary>
public sealed record SyntheticDatasetSummary(SyntheticDatasetSpec Spec, IReadOnlyDictionary<string, long> RowsPerTable, TimeSpan Elapsed)
{
    public long TotalRows => RowsPerTable.Values.Sum();

    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? TotalRows / Elapsed.TotalSeconds : 0;

    public long RowsOf(string table) => RowsPerTable.GetValueOrDefault(table);
}

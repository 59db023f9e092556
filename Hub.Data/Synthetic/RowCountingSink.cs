namespace Hub.Data.Synthetic;

/// <summary>Counts the rows a spec produces per table, without keeping them: the total behind the progress bar.</summary>
internal sealed class RowCountingSink : SyntheticRowSink
{
    private readonly long[] _rows = new long[SyntheticTables.All.Count];

    public long Total => _rows.Sum();

    public IReadOnlyDictionary<SyntheticTable, long> PerTable => SyntheticTables.All.ToDictionary(t => t, t => _rows[t.Order]);

    protected override void BeginRow(SyntheticTable table)
    {
    }

    protected override void WriteInteger(long value)
    {
    }

    protected override void WriteDecimal(decimal value)
    {
    }

    protected override void WriteText(string value)
    {
    }

    protected override void WriteDate(DateOnly value)
    {
    }

    protected override void WriteDateTime(DateTime value)
    {
    }

    protected override void WriteNull()
    {
    }

    protected override void EndRow(SyntheticTable table) => _rows[table.Order]++;
}

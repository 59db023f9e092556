namespace Hub.Data.Synthetic;

/// <summary>How far a write has come: rows in the database so far out of the rows the spec produces.</summary>
public readonly record struct SyntheticProgress(long RowsWritten, long TotalRows, string Table, TimeSpan Elapsed)
{
    public double Fraction => TotalRows == 0 ? 1 : (double)RowsWritten / TotalRows;

    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? RowsWritten / Elapsed.TotalSeconds : 0;

    /// <summary>Time left at the rate so far; null until there is a rate.</summary>
    public TimeSpan? Remaining => RowsWritten > 0 ? TimeSpan.FromSeconds((TotalRows - RowsWritten) / RowsPerSecond) : null;
}

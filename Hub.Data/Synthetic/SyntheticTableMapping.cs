namespace Hub.Data.Synthetic;

/// <summary>A synthetic table resolved against the EF model: its delimited table and column names.</summary>
internal sealed record SyntheticTableMapping(SyntheticTable Table, string DelimitedTable, IReadOnlyList<string> DelimitedColumns, string TableName)
{
    public string ColumnList => string.Join(", ", DelimitedColumns);
}

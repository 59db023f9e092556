namespace Hub.Data.Synthetic;

/// <summary>
/// Where the generator puts its rows: <c>sink.Row(table).Add(…)…End()</c>, one value per property of
/// the table, in the table's order. Subclasses count the rows or buffer them for a database.
/// </summary>
internal abstract class SyntheticRowSink
{
    private SyntheticTable? _table;
    private int _values;

    public SyntheticRowSink Row(SyntheticTable table)
    {
        if (_table is not null)
        {
            throw new InvalidOperationException($"A {_table} row was not ended before a {table} row began.");
        }

        _table = table;
        _values = 0;
        BeginRow(table);
        return this;
    }

    public SyntheticRowSink Add(long value)
    {
        Next();
        WriteInteger(value);
        return this;
    }

    public SyntheticRowSink Add(long? value) => value is { } v ? Add(v) : Null();

    public SyntheticRowSink Add(decimal? value)
    {
        if (value is not { } v)
        {
            return Null();
        }

        Next();
        WriteDecimal(v);
        return this;
    }

    public SyntheticRowSink Add(string? value)
    {
        if (value is null)
        {
            return Null();
        }

        Next();
        WriteText(value);
        return this;
    }

    public SyntheticRowSink Add(DateOnly? value)
    {
        if (value is not { } v)
        {
            return Null();
        }

        Next();
        WriteDate(v);
        return this;
    }

    public SyntheticRowSink Add(DateTime value)
    {
        Next();
        WriteDateTime(value);
        return this;
    }

    public SyntheticRowSink Null()
    {
        Next();
        WriteNull();
        return this;
    }

    public void End()
    {
        var table = _table ?? throw new InvalidOperationException("End() without Row().");
        if (_values != table.Properties.Count)
        {
            throw new InvalidOperationException($"A {table} row has {_values} values for {table.Properties.Count} columns.");
        }

        _table = null;
        EndRow(table);
    }

    protected abstract void BeginRow(SyntheticTable table);

    protected abstract void WriteInteger(long value);

    protected abstract void WriteDecimal(decimal value);

    protected abstract void WriteText(string value);

    protected abstract void WriteDate(DateOnly value);

    protected abstract void WriteDateTime(DateTime value);

    protected abstract void WriteNull();

    protected abstract void EndRow(SyntheticTable table);

    private void Next()
    {
        if (_table is null)
        {
            throw new InvalidOperationException("A value was added outside a row.");
        }

        _values++;
    }
}

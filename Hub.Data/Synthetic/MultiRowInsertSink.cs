using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Hub.Data.Synthetic;

/// <summary>
/// Buffers rows as multi-row <c>INSERT … VALUES (…), (…)</c> statements of up to
/// <see cref="RowsPerStatement"/> rows, for MySQL and MariaDB where one round trip per row would
/// dominate. Numbers and dates are formatted into the statement (invariant culture, fixed
/// formats: nothing from outside the generator); every text value is a parameter.
/// </summary>
internal sealed class MultiRowInsertSink(IReadOnlyList<SyntheticTableMapping> mappings) : DatabaseRowSink
{
    public const int RowsPerStatement = 2_000;

    // Well under MySQL's default max_allowed_packet (16 MB on MariaDB 10.11, 64 MB on MySQL 8).
    private const int MaxStatementChars = 1_000_000;

    private readonly TableBuffer[] _tables = mappings.OrderBy(m => m.Table.Order).Select(m => new TableBuffer(m)).ToArray();
    private TableBuffer? _current;
    private bool _firstValue;
    private int _buffered;

    public override int BufferedRows => _buffered;

    public override DatabaseRowBatch TakeBatch()
    {
        var statements = new List<Statement>();
        foreach (var table in _tables)
        {
            table.Close();
            statements.AddRange(table.Done);
            table.Done.Clear();
        }

        var batch = new Batch(statements, _buffered);
        _buffered = 0;
        return batch;
    }

    protected override void BeginRow(SyntheticTable table)
    {
        _current = _tables[table.Order];
        if (_current.Table.Table != table)
        {
            throw new InvalidOperationException($"No mapping for {table}.");
        }

        _current.Values.Append(_current.Rows == 0 ? "(" : ",(");
        _firstValue = true;
    }

    protected override void WriteInteger(long value) => Separator().Append(value);

    protected override void WriteDecimal(decimal value) => Separator().Append(value.ToString(CultureInfo.InvariantCulture));

    protected override void WriteText(string value)
    {
        var buffer = _current!;
        Separator().Append("@p").Append(buffer.Texts.Count);
        buffer.Texts.Add(value);
    }

    protected override void WriteDate(DateOnly value) => Separator().Append('\'').Append(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\'');

    protected override void WriteDateTime(DateTime value) =>
        Separator().Append('\'').Append(value.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture)).Append('\'');

    protected override void WriteNull() => Separator().Append("NULL");

    protected override void EndRow(SyntheticTable table)
    {
        var buffer = _current!;
        buffer.Values.Append(')');
        buffer.Rows++;
        _buffered++;
        if (buffer.Rows >= RowsPerStatement || buffer.Values.Length >= MaxStatementChars)
        {
            buffer.Close();
        }
    }

    private StringBuilder Separator()
    {
        var values = _current!.Values;
        if (!_firstValue)
        {
            values.Append(',');
        }

        _firstValue = false;
        return values;
    }

    private sealed record Statement(SyntheticTable Table, string Sql, string[] Texts, int Rows);

    private sealed class TableBuffer(SyntheticTableMapping table)
    {
        private readonly string _prefix = $"INSERT INTO {table.DelimitedTable} ({table.ColumnList}) VALUES ";

        public SyntheticTableMapping Table { get; } = table;

        public StringBuilder Values { get; } = new();

        public List<string> Texts { get; } = [];

        public int Rows { get; set; }

        public List<Statement> Done { get; } = [];

        public void Close()
        {
            if (Rows == 0)
            {
                return;
            }

            Done.Add(new Statement(Table.Table, _prefix + Values, [.. Texts], Rows));
            Values.Clear();
            Texts.Clear();
            Rows = 0;
        }
    }

    private sealed class Batch(IReadOnlyList<Statement> statements, int rows) : DatabaseRowBatch
    {
        public override int Rows => rows;

        public override async Task WriteAsync(DbConnection connection, Action<SyntheticTable, int> written, CancellationToken cancellationToken)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var statement in statements)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandTimeout = 600;
                command.CommandText = statement.Sql;
                for (var i = 0; i < statement.Texts.Length; i++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
                    parameter.Value = statement.Texts[i];
                    command.Parameters.Add(parameter);
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                written(statement.Table, statement.Rows);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }
}

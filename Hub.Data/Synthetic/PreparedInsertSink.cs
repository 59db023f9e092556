using System.Data.Common;
using System.Globalization;

namespace Hub.Data.Synthetic;

/// <summary>
/// Buffers rows as values for one prepared single-row INSERT per table, executed row after row
/// inside one transaction: the fast path on SQLite, where a statement is a function call, not a round trip.
/// </summary>
internal sealed class PreparedInsertSink(IReadOnlyList<SyntheticTableMapping> mappings) : DatabaseRowSink
{
    private const int ReportEvery = 1_000;

    private readonly SyntheticTableMapping[] _mappings = mappings.OrderBy(m => m.Table.Order).ToArray();
    private List<object?[]>[] _rows = NewBuffers(mappings.Count);
    private object?[]? _row;
    private int _value;
    private int _buffered;

    public override int BufferedRows => _buffered;

    public override DatabaseRowBatch TakeBatch()
    {
        var batch = new Batch(_mappings, _rows, _buffered);
        _rows = NewBuffers(_mappings.Length);
        _buffered = 0;
        return batch;
    }

    protected override void BeginRow(SyntheticTable table)
    {
        _row = new object?[table.Properties.Count];
        _value = 0;
    }

    protected override void WriteInteger(long value) => _row![_value++] = value;

    protected override void WriteDecimal(decimal value) => _row![_value++] = value;

    protected override void WriteText(string value) => _row![_value++] = value;

    protected override void WriteDate(DateOnly value) => _row![_value++] = value;

    protected override void WriteDateTime(DateTime value) => _row![_value++] = value;

    protected override void WriteNull() => _row![_value++] = null;

    protected override void EndRow(SyntheticTable table)
    {
        _rows[table.Order].Add(_row!);
        _row = null;
        _buffered++;
    }

    private static List<object?[]>[] NewBuffers(int count) => Enumerable.Range(0, count).Select(_ => new List<object?[]>()).ToArray();

    private sealed class Batch(SyntheticTableMapping[] mappings, List<object?[]>[] rows, int count) : DatabaseRowBatch
    {
        public override int Rows => count;

        public override async Task WriteAsync(DbConnection connection, Action<SyntheticTable, int> written, CancellationToken cancellationToken)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var mapping in mappings)
            {
                var tableRows = rows[mapping.Table.Order];
                if (tableRows.Count == 0)
                {
                    continue;
                }

                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                var names = mapping.DelimitedColumns.Select((_, i) => "@v" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
                command.CommandText = $"INSERT INTO {mapping.DelimitedTable} ({mapping.ColumnList}) VALUES ({string.Join(", ", names)})";
                var parameters = names.Select(name =>
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    command.Parameters.Add(parameter);
                    return parameter;
                }).ToArray();
                await command.PrepareAsync(cancellationToken);

                var pending = 0;
                foreach (var row in tableRows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    for (var i = 0; i < parameters.Length; i++)
                    {
                        parameters[i].Value = row[i] ?? DBNull.Value;
                    }

                    command.ExecuteNonQuery();
                    if (++pending == ReportEvery)
                    {
                        written(mapping.Table, pending);
                        pending = 0;
                    }
                }

                written(mapping.Table, pending);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }
}

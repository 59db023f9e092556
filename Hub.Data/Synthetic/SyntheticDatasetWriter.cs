using System.Data.Common;
using System.Diagnostics;
using Hub.Data.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hub.Data.Synthetic;

/// <summary>
/// Writes a synthetic dataset into an empty, migrated database (the indicator catalogue in place)
/// through the context's own connection. EF change tracking would take hours for millions of rows,
/// so rows go in as plain INSERTs: multi-row statements on MySQL/MariaDB, one prepared statement
/// on SQLite, in transactions of about <see cref="BatchRows"/> rows, with every constraint and
/// index left on. While one batch is being written the next one is generated.
/// </summary>
public sealed class SyntheticDatasetWriter(HubDbContext db)
{
    /// <summary>Rows buffered before they are handed to the database as one transaction.</summary>
    public int BatchRows { get; init; } = 50_000;

    /// <summary>The rows the spec produces, per table, without touching any database.</summary>
    public static IReadOnlyDictionary<string, long> CountRows(SyntheticDatasetSpec spec)
    {
        var counter = new RowCountingSink();
        Drain(new SyntheticDatasetGenerator(spec, CatalogueOnly()).Generate(counter));
        return counter.PerTable.ToDictionary(t => t.Key.EntityName, t => t.Value);
    }

    /// <exception cref="InvalidOperationException">The database already holds rows in a table the generator fills, or lacks catalogue indicators.</exception>
    public async Task<SyntheticDatasetSummary> WriteAsync(SyntheticDatasetSpec spec, IProgress<SyntheticProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        var mappings = Map();
        var indicators = await LoadIndicatorsAsync(cancellationToken);

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            await EnsureEmptyAsync(connection, mappings, cancellationToken);

            var counter = new RowCountingSink();
            Drain(new SyntheticDatasetGenerator(spec, indicators).Generate(counter));
            var total = counter.Total;
            var clock = Stopwatch.StartNew();
            var written = 0L;
            progress?.Report(new SyntheticProgress(0, total, string.Empty, TimeSpan.Zero));

            // Batches are written one after the other (FK order), each on the thread pool while the next is generated.
            void Written(SyntheticTable table, int rows)
            {
                written += rows;
                progress?.Report(new SyntheticProgress(written, total, mappings[table.Order].TableName, clock.Elapsed));
            }

            DatabaseRowSink sink = db.Database.IsSqlite() ? new PreparedInsertSink(mappings) : new MultiRowInsertSink(mappings);
            var pending = Task.CompletedTask;
            try
            {
                foreach (var _ in new SyntheticDatasetGenerator(spec, indicators).Generate(sink))
                {
                    if (sink.BufferedRows >= BatchRows)
                    {
                        await pending;
                        var batch = sink.TakeBatch();
                        pending = Task.Run(() => batch.WriteAsync(connection, Written, cancellationToken), cancellationToken);
                    }
                }
            }
            finally
            {
                // Never leave a batch running on the connection, whatever happened to the generator.
                await pending;
            }

            await sink.TakeBatch().WriteAsync(connection, Written, cancellationToken);

            // The rows went past the DbContext, and with it past the roll-up store's upkeep: build the store from them
            // (reported as its own table), and a running hub learns of the new figures from the counters.
            await new RollupStore(db).RebuildAsync(
                null,
                new Progress<(int Done, int Total)>(p => progress?.Report(new SyntheticProgress(written, total, $"RollupCells {p.Done}/{p.Total}", clock.Elapsed))),
                cancellationToken);
            await RollupVersions.BumpAsync(db, indicators.Select(i => i.Id).Append(RollupVersions.Tree), cancellationToken);
            return new SyntheticDatasetSummary(spec, counter.PerTable.ToDictionary(t => mappings[t.Key.Order].TableName, t => t.Value), clock.Elapsed);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Drain(IEnumerable<int> steps)
    {
        foreach (var _ in steps)
        {
        }
    }

    /// <summary>Catalogue indicators numbered as a fresh database numbers them: for counting rows without a database.</summary>
    private static List<SyntheticIndicator> CatalogueOnly() =>
        IndicatorCatalogue.All.Select((i, index) => new SyntheticIndicator(index + 1, i.Code, i.Kind, IndicatorProfiles.For(i.Code))).ToList();

    private async Task<List<SyntheticIndicator>> LoadIndicatorsAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Indicators.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.Id, i.Code, i.Kind }).ToListAsync(cancellationToken);
        var catalogue = IndicatorCatalogue.All.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var missing = catalogue.Except(stored.Select(i => i.Code)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The database lacks catalogue indicators ({string.Join(", ", missing)}): initialise it (migrate and sync the catalogue) before generating.");
        }

        return stored.Where(i => catalogue.Contains(i.Code)).Select(i => new SyntheticIndicator(i.Id, i.Code, i.Kind, IndicatorProfiles.For(i.Code))).ToList();
    }

    /// <summary>Table and column names from the EF model; fails early if the model gained a required column the generator does not fill.</summary>
    private List<SyntheticTableMapping> Map()
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var mappings = new List<SyntheticTableMapping>();
        foreach (var table in SyntheticTables.All)
        {
            var entityType = db.Model.FindEntityType(table.EntityName)
                ?? throw new InvalidOperationException($"The model has no entity type {table.EntityName}.");
            var tableName = entityType.GetTableName() ?? throw new InvalidOperationException($"{table.EntityName} is not mapped to a table.");
            var store = StoreObjectIdentifier.Table(tableName, entityType.GetSchema());
            var unfilled = entityType.GetProperties()
                .Where(p => !p.IsNullable && !table.Properties.Contains(p.Name) && p.GetDefaultValueSql(store) is null && p.GetDefaultValue(store) is null)
                .Select(p => p.Name)
                .ToList();
            if (unfilled.Count > 0)
            {
                throw new InvalidOperationException($"The synthetic generator gives no value for the required column(s) {string.Join(", ", unfilled)} of {tableName}: add them to SyntheticTables.");
            }

            var columns = table.Properties.Select(name =>
            {
                var property = entityType.FindProperty(name) ?? throw new InvalidOperationException($"{table.EntityName} has no property {name}.");
                return sql.DelimitIdentifier(property.GetColumnName(store) ?? name);
            }).ToList();
            mappings.Add(new SyntheticTableMapping(table, sql.DelimitIdentifier(tableName, entityType.GetSchema()), columns, tableName));
        }

        return mappings;
    }

    private static async Task EnsureEmptyAsync(DbConnection connection, List<SyntheticTableMapping> mappings, CancellationToken cancellationToken)
    {
        foreach (var mapping in mappings)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT 1 FROM {mapping.DelimitedTable} LIMIT 1";
            if (await command.ExecuteScalarAsync(cancellationToken) is not null and not DBNull)
            {
                throw new InvalidOperationException($"{mapping.TableName} already has rows: synthetic data goes only into an empty database.");
            }
        }
    }
}

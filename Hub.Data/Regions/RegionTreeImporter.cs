using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Hub.Data.Indicators;
using Hub.Data.Model;
using Hub.Data.Synthetic;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hub.Data.Regions;

/// <summary>
/// Merges a statistical division list into the region tree, all or nothing: a region whose code is already there keeps
/// its id, and with it its stations and everything else that points at it, and takes the list's name when that differs;
/// a new code becomes a region with its closure rows; nothing is deleted. The rows go in as multi-row INSERTs on the
/// context's connection and transaction (EF change tracking would spend minutes on 41,000 streets and their 170,000
/// closure rows), level by level so that each level's ids are read back before its children refer to them.
/// </summary>
public sealed class RegionTreeImporter(HubDbContext db)
{
    /// <summary>Rows per INSERT: one text parameter per region row, well under SQLite's oldest limit of 999.</summary>
    public const int RegionsPerStatement = 500;

    /// <summary>Closure rows are numbers only, written into the statement.</summary>
    public const int ClosureRowsPerStatement = 2_000;

    public async Task<RegionImportSummary> ImportAsync(IReadOnlyList<DivisionRow> rows, IProgress<SyntheticProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            var clock = Stopwatch.StartNew();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var connection = db.Database.GetDbConnection();
            var dbTransaction = transaction.GetDbTransaction();

            var existing = await db.Regions.AsNoTracking().Select(r => new Region { Id = r.Id, Code = r.Code, Name = r.Name, ParentId = r.ParentId }).ToListAsync(ct);
            var byCode = existing.ToDictionary(r => r.Code, StringComparer.Ordinal);
            var renamed = rows
                .Where(r => byCode.TryGetValue(r.Code, out var stored) && stored.Name != r.Name)
                .Select(r => new RegionRename(r.Code, byCode[r.Code].Name, r.Name))
                .ToList();
            var added = rows.Where(r => !byCode.ContainsKey(r.Code)).ToList();

            // Closure rows: the new region itself, then every ancestor of its parent; a new region has a depth of its level at most.
            var total = added.Count + renamed.Count + added.Sum(r => (long)r.Level);
            var done = 0L;
            void Report(string table, int rowsDone)
            {
                done += rowsDone;
                if (total > 0)
                {
                    progress?.Report(new SyntheticProgress(Math.Min(done, total), total, table, clock.Elapsed));
                }
            }

            Report("Regions", 0);
            var sql = db.GetService<ISqlGenerationHelper>();
            var regions = sql.DelimitIdentifier("Regions");
            foreach (var rename in renamed)
            {
                await using var command = Command(connection, dbTransaction, $"UPDATE {regions} SET {sql.DelimitIdentifier("Name")} = @name WHERE {sql.DelimitIdentifier("Id")} = {byCode[rename.Code].Id.ToString(CultureInfo.InvariantCulture)}");
                Parameter(command, "@name", rename.NewName);
                await command.ExecuteNonQueryAsync(ct);
                Report("Regions", 1);
            }

            var closureRows = 0;
            if (added.Count > 0)
            {
                var insert = $"INSERT INTO {regions} ({sql.DelimitIdentifier("Code")}, {sql.DelimitIdentifier("Name")}, {sql.DelimitIdentifier("Level")}, {sql.DelimitIdentifier("ParentId")}) VALUES ";
                var tree = existing.ToList();
                foreach (var level in added.GroupBy(r => r.Level).OrderBy(g => g.Key))
                {
                    foreach (var chunk in level.Chunk(RegionsPerStatement))
                    {
                        var values = new StringBuilder(insert);
                        await using var command = Command(connection, dbTransaction, "");
                        for (var i = 0; i < chunk.Length; i++)
                        {
                            var row = chunk[i];
                            var parent = row.ParentCode is null ? "NULL" : byCode[row.ParentCode].Id.ToString(CultureInfo.InvariantCulture);
                            values.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"('{row.Code}', @n{i}, {(int)row.Level}, {parent})");
                            Parameter(command, "@n" + i.ToString(CultureInfo.InvariantCulture), row.Name);
                        }

                        command.CommandText = values.ToString();
                        await command.ExecuteNonQueryAsync(ct);
                        Report("Regions", chunk.Length);
                    }

                    // The level's ids, read back so that the next level's rows and the closure rows can name them.
                    var codes = level.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
                    var stored = await db.Regions.AsNoTracking().Where(r => r.Level == level.Key)
                        .Select(r => new Region { Id = r.Id, Code = r.Code, Name = r.Name, ParentId = r.ParentId }).ToListAsync(ct);
                    foreach (var region in stored.Where(r => codes.Contains(r.Code)))
                    {
                        byCode[region.Code] = region;
                        tree.Add(region);
                    }
                }

                var newIds = added.Select(r => byCode[r.Code].Id).ToHashSet();
                var closures = $"INSERT INTO {sql.DelimitIdentifier("RegionClosures")} ({sql.DelimitIdentifier("AncestorId")}, {sql.DelimitIdentifier("DescendantId")}, {sql.DelimitIdentifier("Depth")}) VALUES ";
                foreach (var chunk in RegionClosureRows.For(tree).Where(c => newIds.Contains(c.DescendantId)).Chunk(ClosureRowsPerStatement))
                {
                    var values = new StringBuilder(closures);
                    for (var i = 0; i < chunk.Length; i++)
                    {
                        values.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"({chunk[i].AncestorId},{chunk[i].DescendantId},{chunk[i].Depth})");
                    }

                    await using var command = Command(connection, dbTransaction, values.ToString());
                    await command.ExecuteNonQueryAsync(ct);
                    closureRows += chunk.Length;
                    Report("RegionClosures", chunk.Length);
                }
            }

            if (added.Count > 0 || renamed.Count > 0)
            {
                // The rows went past the DbContext and its interceptor: move the tree's counter here, in the same transaction.
                await RollupVersions.BumpAsync(db, [RollupVersions.Tree], ct);
            }

            var counts = await db.Regions.AsNoTracking().GroupBy(r => r.Level).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            await transaction.CommitAsync(ct);
            if (total > 0)
            {
                progress?.Report(new SyntheticProgress(total, total, "done", clock.Elapsed));
            }
            return new RegionImportSummary(rows.Count, added.Count, renamed, closureRows, counts, clock.Elapsed);
        }, cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string text)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = 600;
        command.CommandText = text;
        return command;
    }

    private static void Parameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

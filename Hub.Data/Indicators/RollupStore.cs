using Hub.Data.Model;
using Hub.Data.Periods;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Indicators;

/// <summary>
/// Keeps the roll-up store (<see cref="RollupCell"/>) equal to what the base rows give (<see cref="BaseRowRollups"/>):
/// by the cells one write touches (<see cref="ApplyAsync"/>, inside the write's transaction), by rebuilding all or a
/// region's subtree, and it says where the two differ (<see cref="VerifyAsync"/>).
/// </summary>
/// <remarks>
/// A write changes a station's own cells (its month, the quarter and the year around it), and each region above the
/// station by exactly the station's change: a region's cell is the sum of its stations' cells, for STOCK as for FLOW,
/// since STOCK's rule (the last reported month) is taken per station before the sum. So the store recomputes the
/// station's cells of the touched years from its few base rows, compares them with the stored ones and adds the
/// difference to every ancestor: 3 periods × the depth of the station in the tree per observation, by delta, with
/// the station's row lock (<see cref="Writes.StationLocks"/>) keeping two writers of one station apart and the
/// database's own upsert keeping concurrent writers of one region exact.
/// </remarks>
public sealed class RollupStore(HubDbContext db)
{
    private const int RowsPerStatement = 400;

    /// <summary>Brings the cells a save touched up to date; runs on the save's connection and in its transaction.</summary>
    public async Task ApplyAsync(RollupTouch touch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(touch);
        if (touch.TreeChanged)
        {
            await RebuildAsync(null, null, cancellationToken);
            return;
        }

        // Moves first: they carry the station's cells as they were to the new ancestors; the observations of the same
        // save are then applied along the new ones.
        foreach (var move in touch.Moves)
        {
            await MoveAsync(move.StationId, move.FromRegionId, move.ToRegionId, cancellationToken);
        }

        if (touch.Observations.Count > 0)
        {
            await ApplyObservationsAsync(touch.Observations, cancellationToken);
        }
    }

    /// <summary>
    /// Rebuilds the whole store (<paramref name="regionId"/> null) or the cells of one region's stations and of the
    /// regions they count in (the subtree and the path above it) from base rows, in the caller's transaction if any.
    /// </summary>
    public async Task<int> RebuildAsync(int? regionId, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken = default)
    {
        // A province's store is millions of cells: clearing it and each period's INSERT … SELECT outlast the
        // 30 s a request's statement may take.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        try
        {
            return await RebuildCellsAsync(regionId, progress, cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    private async Task<int> RebuildCellsAsync(int? regionId, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var years = await YearsAsync(cancellationToken);
        var periods = years.SelectMany(PeriodsOf).ToList();
        var clear = new RollupStatement();
        string stations, regions;
        if (regionId is { } root)
        {
            var rootParameter = clear.Value(root);
            stations = BaseRowRollups.StationsUnder(rootParameter);
            regions = BaseRowRollups.RegionsTouching(rootParameter);
            var delete = $"""
                DELETE FROM RollupCells WHERE (ScopeKind = {BaseRowRollups.Int((int)RollupScope.Station)} AND ScopeId IN (SELECT ScopeId FROM ({stations}) AS st))
                   OR (ScopeKind = {BaseRowRollups.Int((int)RollupScope.Region)} AND ScopeId IN (SELECT DISTINCT ScopeId FROM ({regions}) AS rg))
                """;
            await db.Database.ExecuteSqlRawAsync(delete, clear.Values, cancellationToken);
        }
        else
        {
            stations = BaseRowRollups.AllStations;
            regions = BaseRowRollups.AllRegions;
            await db.Database.ExecuteSqlRawAsync("DELETE FROM RollupCells", cancellationToken);
        }

        var written = 0;
        for (var index = 0; index < periods.Count; index++)
        {
            var sql = new RollupStatement();
            var period = periods[index];
            var stationScope = regionId is { } r1 ? BaseRowRollups.StationsUnder(sql.Value(r1)) : stations;
            var regionScope = regionId is { } r2 ? BaseRowRollups.RegionsTouching(sql.Value(r2)) : regions;
            var tree = BaseRowRollups.TreeSql(sql, stationScope, regionScope, period, null);
            var cellKey = sql.Value(period.CellKey);
            var insert = $"INSERT INTO RollupCells (ScopeKind, ScopeId, IndicatorId, Period, ScaledValue, ReportingStations) SELECT t.Kind, t.ScopeId, t.IndicatorId, {cellKey}, t.Total, t.Stations FROM ({tree}) AS t";
            written += await db.Database.ExecuteSqlRawAsync(insert, sql.Values, cancellationToken);
            progress?.Report((index + 1, periods.Count));
        }

        return written;
    }

    /// <summary>Every cell of the store that differs from the base rows' answer, for every period anything was reported in.</summary>
    public async Task<IReadOnlyList<RollupDifference>> VerifyAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        var years = (await YearsAsync(cancellationToken))
            .Union(await db.RollupCells.AsNoTracking().Select(c => c.Period / 100).Distinct().ToListAsync(cancellationToken))
            .Order()
            .ToList();
        var periods = years.SelectMany(PeriodsOf).ToList();
        var differences = new List<RollupDifference>();
        for (var index = 0; index < periods.Count; index++)
        {
            var period = periods[index];
            var sql = new RollupStatement();
            var expected = (await db.Database
                    .SqlQueryRaw<CellRow>(BaseRowRollups.TreeSql(sql, BaseRowRollups.AllStations, BaseRowRollups.AllRegions, period, null), sql.Values)
                    .ToListAsync(cancellationToken))
                .ToDictionary(r => ((RollupScope)r.Kind, r.ScopeId, r.IndicatorId), r => (r.Total, (int)r.Stations));
            var key = period.CellKey;
            var stored = await db.RollupCells.AsNoTracking().Where(c => c.Period == key)
                .ToDictionaryAsync(c => (c.ScopeKind, c.ScopeId, c.IndicatorId), c => (c.ScaledValue, c.ReportingStations), cancellationToken);
            foreach (var cell in expected.Keys.Union(stored.Keys))
            {
                (long, int)? want = expected.TryGetValue(cell, out var e) ? e : null;
                (long, int)? have = stored.TryGetValue(cell, out var s) ? s : null;
                if (want != have)
                {
                    differences.Add(new RollupDifference(cell.Item1, cell.Item2, cell.Item3, period, have, want));
                }
            }

            progress?.Report((index + 1, periods.Count));
        }

        return differences;
    }

    private async Task ApplyObservationsAsync(IReadOnlySet<(int StationId, int IndicatorId, int Year)> touched, CancellationToken cancellationToken)
    {
        var stationIds = touched.Select(t => t.StationId).Distinct().ToList();
        var indicatorIds = touched.Select(t => t.IndicatorId).Distinct().ToList();
        var firstYear = touched.Min(t => t.Year);
        var lastYear = touched.Max(t => t.Year);

        var read = new RollupStatement();
        var stations = read.IdsIn(stationIds);
        var indicators = read.IdsIn(indicatorIds);
        var from = read.Value(firstYear * 100);
        var to = read.Value((lastYear * 100) + 24);
        var stationKind = BaseRowRollups.Int((int)RollupScope.Station);
        var text = $"""
                SELECT 0 AS Source, o.StationId AS ScopeId, o.IndicatorId, o.Period, o.ScaledValue, 1 AS Stations
                FROM Observations o WHERE o.StationId IN ({stations}) AND o.IndicatorId IN ({indicators}) AND o.Period BETWEEN {from} AND {to}
                UNION ALL
                SELECT 1, c.ScopeId, c.IndicatorId, c.Period, c.ScaledValue, c.ReportingStations
                FROM RollupCells c WHERE c.ScopeKind = {stationKind} AND c.ScopeId IN ({stations}) AND c.IndicatorId IN ({indicators}) AND c.Period BETWEEN {from} AND {to}
                UNION ALL
                SELECT 2, s.Id, rc.AncestorId, 0, 0, 0
                FROM Stations s JOIN RegionClosures rc ON rc.DescendantId = s.RegionId WHERE s.Id IN ({stations})
                """;
        var rows = await db.Database.SqlQueryRaw<TouchedRow>(text, read.Values).ToListAsync(cancellationToken);
        var kinds = await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Kind, cancellationToken);
        var ancestors = rows.Where(r => r.Source == 2).ToLookup(r => r.ScopeId, r => r.IndicatorId);
        var observations = rows.Where(r => r.Source == 0 && touched.Contains((r.ScopeId, r.IndicatorId, r.Period / 100))).ToLookup(r => (r.ScopeId, r.IndicatorId, r.Period / 100));
        var storedCells = rows.Where(r => r.Source == 1 && touched.Contains((r.ScopeId, r.IndicatorId, r.Period / 100)))
            .ToDictionary(r => (r.ScopeId, r.IndicatorId, r.Period), r => (r.ScaledValue, (int)r.Stations));

        var stationCells = new List<RollupCellChange>();
        var regionDeltas = new Dictionary<(int RegionId, int IndicatorId, int Period), (long Value, int Stations)>();
        foreach (var (stationId, indicatorId, year) in touched)
        {
            var fresh = StationCells(kinds[indicatorId], year, observations[(stationId, indicatorId, year)]);
            foreach (var period in PeriodsOf(year).Select(p => p.CellKey))
            {
                var had = storedCells.TryGetValue((stationId, indicatorId, period), out var h) ? h : (0L, 0);
                var has = fresh.TryGetValue(period, out var n) ? (n, 1) : (0L, 0);
                if (had == has)
                {
                    continue;
                }

                stationCells.Add(new RollupCellChange(RollupScope.Station, stationId, indicatorId, period, has.Item1, has.Item2));
                foreach (var regionId in ancestors[stationId])
                {
                    var key = (regionId, indicatorId, period);
                    var sum = regionDeltas.GetValueOrDefault(key);
                    regionDeltas[key] = (sum.Value + has.Item1 - had.Item1, sum.Stations + has.Item2 - had.Item2);
                }
            }
        }

        await WriteAsync(stationCells, add: false, cancellationToken);
        await WriteAsync(RegionChanges(regionDeltas), add: true, cancellationToken);
        await DropEmptyAsync(stationIds, regionDeltas.Keys.Select(k => k.RegionId), indicatorIds, cancellationToken);
    }

    private async Task MoveAsync(int stationId, int fromRegionId, int toRegionId, CancellationToken cancellationToken)
    {
        var cells = await db.RollupCells.AsNoTracking()
            .Where(c => c.ScopeKind == RollupScope.Station && c.ScopeId == stationId)
            .ToListAsync(cancellationToken);
        if (cells.Count == 0)
        {
            return;
        }

        var paths = await db.RegionClosures.AsNoTracking()
            .Where(rc => rc.DescendantId == fromRegionId || rc.DescendantId == toRegionId)
            .Select(rc => new { rc.DescendantId, rc.AncestorId })
            .ToListAsync(cancellationToken);
        var left = paths.Where(p => p.DescendantId == fromRegionId).Select(p => p.AncestorId).ToHashSet();
        var joined = paths.Where(p => p.DescendantId == toRegionId).Select(p => p.AncestorId).ToHashSet();
        var deltas = new Dictionary<(int RegionId, int IndicatorId, int Period), (long Value, int Stations)>();
        foreach (var cell in cells)
        {
            foreach (var regionId in left.Except(joined))
            {
                deltas[(regionId, cell.IndicatorId, cell.Period)] = (-cell.ScaledValue, -cell.ReportingStations);
            }

            foreach (var regionId in joined.Except(left))
            {
                deltas[(regionId, cell.IndicatorId, cell.Period)] = (cell.ScaledValue, cell.ReportingStations);
            }
        }

        await WriteAsync(RegionChanges(deltas), add: true, cancellationToken);
        await DropEmptyAsync([], deltas.Keys.Select(k => k.RegionId), cells.Select(c => c.IndicatorId).Distinct().ToList(), cancellationToken);
    }

    /// <summary>A station's cells of one year from its observations of that year: its months, quarters and the year.</summary>
    private static Dictionary<int, long> StationCells(IndicatorKind kind, int year, IEnumerable<TouchedRow> observations)
    {
        var months = new SortedDictionary<int, long>();
        long? yearly = null;
        foreach (var o in observations)
        {
            if (o.Period % 100 == 0)
            {
                yearly = o.ScaledValue;
            }
            else
            {
                months[o.Period % 100] = o.ScaledValue;
            }
        }

        var cells = months.ToDictionary(m => (year * 100) + m.Key, m => m.Value);
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            var inQuarter = months.Where(m => (m.Key - 1) / 3 == quarter - 1).ToList();
            if (inQuarter.Count > 0)
            {
                cells[(year * 100) + 20 + quarter] = Fold(kind, inQuarter);
            }
        }

        if (yearly is { } value)
        {
            cells[year * 100] = value;
        }
        else if (months.Count > 0)
        {
            cells[year * 100] = Fold(kind, [.. months]);
        }

        return cells;
    }

    private static long Fold(IndicatorKind kind, List<KeyValuePair<int, long>> months) =>
        kind == IndicatorKind.Stock ? months[^1].Value : months.Sum(m => m.Value);

    private static IEnumerable<RollupCellChange> RegionChanges(Dictionary<(int RegionId, int IndicatorId, int Period), (long Value, int Stations)> deltas) =>
        deltas.Where(d => d.Value != default)
            .Select(d => new RollupCellChange(RollupScope.Region, d.Key.RegionId, d.Key.IndicatorId, d.Key.Period, d.Value.Value, d.Value.Stations));

    /// <summary>
    /// Upserts cells in key order (so that concurrent writers lock shared region cells in the same order): a station's
    /// cell takes its new value, a region's cell adds the change.
    /// </summary>
    private async Task WriteAsync(IEnumerable<RollupCellChange> changes, bool add, CancellationToken cancellationToken)
    {
        var ordered = changes.OrderBy(c => c.Kind).ThenBy(c => c.ScopeId).ThenBy(c => c.IndicatorId).ThenBy(c => c.Period).ToList();
        var mySql = db.Database.IsMySql();
        string Update(string column) => (mySql, add) switch
        {
            (true, true) => $"{column} = {column} + VALUES({column})",
            (true, false) => $"{column} = VALUES({column})",
            (false, true) => $"{column} = {column} + excluded.{column}",
            (false, false) => $"{column} = excluded.{column}",
        };
        var onConflict = mySql
            ? $"ON DUPLICATE KEY UPDATE {Update("ScaledValue")}, {Update("ReportingStations")}"
            : $"ON CONFLICT (ScopeKind, ScopeId, IndicatorId, Period) DO UPDATE SET {Update("ScaledValue")}, {Update("ReportingStations")}";
        foreach (var chunk in ordered.Chunk(RowsPerStatement))
        {
            var sql = new RollupStatement();
            var values = string.Join(",", chunk.Select(c =>
                $"({sql.Value((int)c.Kind)}, {sql.Value(c.ScopeId)}, {sql.Value(c.IndicatorId)}, {sql.Value(c.Period)}, {sql.Value(c.ScaledValue)}, {sql.Value(c.ReportingStations)})"));
            var upsert = $"INSERT INTO RollupCells (ScopeKind, ScopeId, IndicatorId, Period, ScaledValue, ReportingStations) VALUES {values} {onConflict}";
            await db.Database.ExecuteSqlRawAsync(upsert, sql.Values, cancellationToken);
        }
    }

    /// <summary>Cells nobody reports any more are absent, not zero: missing is not zero.</summary>
    private async Task DropEmptyAsync(IEnumerable<int> stationIds, IEnumerable<int> regionIds, List<int> indicatorIds, CancellationToken cancellationToken)
    {
        foreach (var (kind, ids) in new[] { (RollupScope.Station, stationIds.Distinct().ToList()), (RollupScope.Region, regionIds.Distinct().ToList()) })
        {
            if (ids.Count == 0 || indicatorIds.Count == 0)
            {
                continue;
            }

            var sql = new RollupStatement();
            var delete = $"DELETE FROM RollupCells WHERE ScopeKind = {sql.Value((int)kind)} AND ScopeId IN ({sql.IdsIn(ids)}) AND IndicatorId IN ({sql.IdsIn(indicatorIds)}) AND ReportingStations = 0";
            await db.Database.ExecuteSqlRawAsync(delete, sql.Values, cancellationToken);
        }
    }

    private async Task<List<int>> YearsAsync(CancellationToken cancellationToken) =>
        (await db.Observations.AsNoTracking().Select(o => o.Period).Distinct().ToListAsync(cancellationToken))
            .Select(p => p / 100).Distinct().Order().ToList();

    private static IEnumerable<ReportingPeriod> PeriodsOf(int year) =>
        new[] { ReportingPeriod.OfYear(year) }
            .Concat(Enumerable.Range(1, 4).Select(q => ReportingPeriod.OfQuarter(year, q)))
            .Concat(Enumerable.Range(1, 12).Select(m => ReportingPeriod.OfMonth(year, m)));

    /// <summary>Source 0: an observation; 1: a station's stored cell; 2: a station's ancestor (in IndicatorId).</summary>
    private sealed record TouchedRow(int Source, int ScopeId, int IndicatorId, int Period, long ScaledValue, long Stations);

    private sealed record CellRow(int Kind, int ScopeId, int IndicatorId, long Total, long Stations);
}

using System.Globalization;
using Hub.Data.Model;
using Hub.Data.Observations;
using Hub.Data.Periods;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Indicators;

/// <summary>
/// Indicator values for many stations or regions in one SQL statement, with the hub's rules:
/// FLOW sums the months of the period; STOCK takes each station's last reported month in the
/// period; a year is answered from a yearly observation where the station has one, otherwise from
/// its months (never both); regions add up their stations and say how many reported.
/// </summary>
public sealed class IndicatorRollups(HubDbContext db)
{
    public async Task<IReadOnlyList<IndicatorCell>> ComputeAsync(
        RollupScope scope,
        IReadOnlyCollection<int> scopeIds,
        ReportingPeriod period,
        IReadOnlyCollection<int> indicatorIds,
        CancellationToken cancellationToken = default) =>
        (await ComputeSeriesAsync(scope, scopeIds, [period], indicatorIds, cancellationToken))[0];

    /// <summary>
    /// The same values for several periods (a time series) in one statement: the roll-up of each period as a
    /// derived table, tagged with the period's position in <paramref name="periods"/>.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<IndicatorCell>>> ComputeSeriesAsync(
        RollupScope scope,
        IReadOnlyCollection<int> scopeIds,
        IReadOnlyList<ReportingPeriod> periods,
        IReadOnlyCollection<int> indicatorIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scopeIds);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(indicatorIds);
        if (scopeIds.Count == 0 || indicatorIds.Count == 0)
        {
            return periods.Select(_ => (IReadOnlyList<IndicatorCell>)[]).ToList();
        }

        var sql = new RollupStatement();
        var scopeSql = ScopeSql(scope, sql.IdsIn(scopeIds));
        var indicators = sql.IdsIn(indicatorIds);
        List<PeriodRollupRow> rows;
        if (periods.Count == 1)
        {
            var text = BuildSql(sql, scopeSql, periods[0], indicators);
            rows = (await db.Database.SqlQueryRaw<RollupRow>(text, sql.Values).ToListAsync(cancellationToken))
                .Select(row => new PeriodRollupRow(0, row.ScopeId, row.IndicatorId, row.Total, row.Stations)).ToList();
        }
        else
        {
            var text = string.Join("\nUNION ALL\n", periods.Select((period, index) =>
                $"SELECT {Int(index)} AS PeriodIndex, r.ScopeId, r.IndicatorId, r.Total, r.Stations FROM ({BuildSql(sql, scopeSql, period, indicators)}) AS r"));
            rows = await db.Database.SqlQueryRaw<PeriodRollupRow>(text, sql.Values).ToListAsync(cancellationToken);
        }

        var byPeriod = rows.ToLookup(r => r.PeriodIndex);
        return periods.Select((_, index) => (IReadOnlyList<IndicatorCell>)Cells(byPeriod[index], scopeIds, indicatorIds)).ToList();
    }

    /// <summary>
    /// Every station's and every region's value of the indicators for each period, in one statement: the whole
    /// tree, whatever a request asked for, so that decisions taken over it (small-cell suppression) are the same
    /// for every request. Cells nobody reported are absent.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<TreeCell>>> ComputeTreeAsync(
        IReadOnlyList<ReportingPeriod> periods,
        IReadOnlyCollection<int> indicatorIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(indicatorIds);
        if (periods.Count == 0 || indicatorIds.Count == 0)
        {
            return periods.Select(_ => (IReadOnlyList<TreeCell>)[]).ToList();
        }

        const string allStations = "SELECT s.Id AS ScopeId, s.Id AS StationId FROM Stations s";
        const string allRegions = "SELECT rc.AncestorId AS ScopeId, s.Id AS StationId FROM RegionClosures rc JOIN Stations s ON s.RegionId = rc.DescendantId";
        var sql = new RollupStatement();
        var indicators = sql.IdsIn(indicatorIds);
        var parts = periods.SelectMany((period, index) => new[] { (Kind: RollupScope.Station, Sql: allStations), (Kind: RollupScope.Region, Sql: allRegions) }
            .Select(scope => $"SELECT {Int(index)} AS PeriodIndex, {Int((int)scope.Kind)} AS Kind, r.ScopeId, r.IndicatorId, r.Total, r.Stations FROM ({BuildSql(sql, scope.Sql, period, indicators)}) AS r WHERE r.IndicatorId <> 0"));
        var text = string.Join("\nUNION ALL\n", parts);
        var rows = await db.Database.SqlQueryRaw<TreeRollupRow>(text, sql.Values).ToListAsync(cancellationToken);
        var byPeriod = rows.ToLookup(r => r.PeriodIndex);
        return periods.Select((_, index) => (IReadOnlyList<TreeCell>)byPeriod[index]
            .Select(r => new TreeCell((RollupScope)r.Kind, r.ScopeId, r.IndicatorId, ScaledDecimal.FromScaled(r.Total), (int)r.Stations))
            .ToList()).ToList();
    }

    /// <summary>How the tree hangs together: every region's parent and every station's region, in one statement.</summary>
    public async Task<RollupTree> TreeAsync(CancellationToken cancellationToken = default)
    {
        var links = await db.Database.SqlQueryRaw<TreeLinkRow>(TreeLinksSql)
            .ToListAsync(cancellationToken);
        return new RollupTree(
            links.Where(l => l.Kind == (int)RollupScope.Region).ToDictionary(l => l.Id, l => l.ParentId),
            links.Where(l => l.Kind == (int)RollupScope.Station).ToDictionary(l => l.Id, l => l.ParentId!.Value));
    }

    private static List<IndicatorCell> Cells(IEnumerable<PeriodRollupRow> rows, IReadOnlyCollection<int> scopeIds, IReadOnlyCollection<int> indicatorIds)
    {
        var all = rows.ToList();
        var expected = all.Where(r => r.IndicatorId == 0).ToDictionary(r => r.ScopeId, r => (int)r.Stations);
        var reported = all.Where(r => r.IndicatorId != 0).ToDictionary(r => (r.ScopeId, r.IndicatorId));
        var cells = new List<IndicatorCell>(scopeIds.Count * indicatorIds.Count);
        foreach (var scopeId in scopeIds.Distinct())
        {
            var inScope = expected.GetValueOrDefault(scopeId);
            foreach (var indicatorId in indicatorIds.Distinct())
            {
                cells.Add(reported.TryGetValue((scopeId, indicatorId), out var row)
                    ? new IndicatorCell(scopeId, indicatorId, ScaledDecimal.FromScaled(row.Total), (int)row.Stations, inScope)
                    : new IndicatorCell(scopeId, indicatorId, null, 0, inScope));
            }
        }

        return cells;
    }

    // Ids and period keys reach the statement as parameters (RollupStatement), so that its text, and with it EF Core's
    // compiled query, depends only on the scope kind, the number of periods and the size class of the id lists: the
    // same for every station, region and period of one request shape. What is still spliced in are the period's
    // position and the indicator kind, integers of this class. The statement is the same on SQLite and MySQL/MariaDB
    // (both have CTEs, UNION ALL, CASE and derived tables).
    //
    // Shaped for MariaDB, which merges a CTE into every place that uses it (measured on the
    // province dataset, bench/run-rollups.sh): the observations of the period are read once, through
    // IX_Observations_Indicator_Period_Station_Value_ForRollups without touching the table rows,
    // and folded into one row per station × indicator in a single GROUP BY (the yearly value, the
    // monthly sum and the last reported month side by side); only a STOCK indicator answered from
    // its months looks up the value of that last month, by the unique key. The stations in scope
    // are a DISTINCT derived table, so each observation is matched against a materialised key
    // rather than re-walking Stations and RegionClosures.
    private static string ScopeSql(RollupScope scope, string scopeIds) => scope switch
    {
        RollupScope.Station => $"SELECT s.Id AS ScopeId, s.Id AS StationId FROM Stations s WHERE s.Id IN ({scopeIds})",
        RollupScope.Region => $"SELECT rc.AncestorId AS ScopeId, s.Id AS StationId FROM RegionClosures rc JOIN Stations s ON s.RegionId = rc.DescendantId WHERE rc.AncestorId IN ({scopeIds})",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    /// <summary>
    /// The roll-up of the (ScopeId, StationId) pairs that <paramref name="scopeSql"/> selects, for the indicators
    /// <paramref name="indicatorIds"/> selects.
    /// </summary>
    private static string BuildSql(RollupStatement sql, string scopeSql, ReportingPeriod period, string indicatorIds)
    {
        // A year reads its yearly row (yyyy00) and its months (yyyy01..yyyy12) as one index range;
        // a month or quarter has no yearly row, and -1 matches no period.
        var yearKey = sql.Value(period.YearKey ?? -1);
        var from = sql.Value(period.YearKey ?? period.FirstMonthKey);
        var to = sql.Value(period.LastMonthKey);
        var stock = Int((int)IndicatorKind.Stock);

        return $"""
            WITH scope AS ({scopeSql}),
            perIndicator AS (
                SELECT o.StationId, o.IndicatorId,
                       MAX(CASE WHEN o.Period = {yearKey} THEN 1 ELSE 0 END) AS HasYear,
                       SUM(CASE WHEN o.Period = {yearKey} THEN o.ScaledValue ELSE 0 END) AS YearValue,
                       SUM(CASE WHEN o.Period = {yearKey} THEN 0 ELSE o.ScaledValue END) AS MonthSum,
                       MAX(CASE WHEN o.Period = {yearKey} THEN NULL ELSE o.Period END) AS LastMonth
                FROM (SELECT DISTINCT StationId FROM scope) st
                JOIN Observations o ON o.StationId = st.StationId
                WHERE o.IndicatorId IN ({indicatorIds}) AND o.Period BETWEEN {from} AND {to}
                GROUP BY o.StationId, o.IndicatorId
            ),
            perStation AS (
                SELECT a.StationId, a.IndicatorId,
                       CASE WHEN a.HasYear = 1 THEN a.YearValue WHEN i.Kind = {stock} THEN l.ScaledValue ELSE a.MonthSum END AS ScaledValue
                FROM perIndicator a
                JOIN Indicators i ON i.Id = a.IndicatorId
                LEFT JOIN Observations l ON l.StationId = a.StationId AND l.IndicatorId = a.IndicatorId
                     AND l.Period = CASE WHEN a.HasYear = 0 AND i.Kind = {stock} THEN a.LastMonth END
            )
            SELECT sc.ScopeId AS ScopeId, p.IndicatorId AS IndicatorId,
                   CAST(SUM(p.ScaledValue) AS SIGNED) AS Total, COUNT(*) AS Stations
            FROM perStation p JOIN scope sc ON sc.StationId = p.StationId
            GROUP BY sc.ScopeId, p.IndicatorId
            UNION ALL
            SELECT ScopeId, 0, 0, COUNT(*) FROM scope GROUP BY ScopeId
            """;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>IndicatorId 0 rows carry the number of stations in scope.</summary>
    private sealed record RollupRow(int ScopeId, int IndicatorId, long Total, long Stations);

    private static readonly string TreeLinksSql =
        $"SELECT {Int((int)RollupScope.Region)} AS Kind, r.Id AS Id, r.ParentId AS ParentId FROM Regions r UNION ALL SELECT {Int((int)RollupScope.Station)}, s.Id, s.RegionId FROM Stations s";

    private sealed record TreeRollupRow(int PeriodIndex, int Kind, int ScopeId, int IndicatorId, long Total, long Stations);

    private sealed record TreeLinkRow(int Kind, int Id, int? ParentId);

    private sealed record PeriodRollupRow(int PeriodIndex, int ScopeId, int IndicatorId, long Total, long Stations);
}

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

        var rows = periods.Count == 1
            ? (await db.Database.SqlQueryRaw<RollupRow>(BuildSql(scope, scopeIds, periods[0], indicatorIds)).ToListAsync(cancellationToken))
                .Select(row => new PeriodRollupRow(0, row.ScopeId, row.IndicatorId, row.Total, row.Stations)).ToList()
            : await db.Database.SqlQueryRaw<PeriodRollupRow>(string.Join("\nUNION ALL\n", periods.Select((period, index) =>
                    $"SELECT {Int(index)} AS PeriodIndex, r.ScopeId, r.IndicatorId, r.Total, r.Stations FROM ({BuildSql(scope, scopeIds, period, indicatorIds)}) AS r")))
                .ToListAsync(cancellationToken);

        var byPeriod = rows.ToLookup(r => r.PeriodIndex);
        return periods.Select((_, index) => (IReadOnlyList<IndicatorCell>)Cells(byPeriod[index], scopeIds, indicatorIds)).ToList();
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

    // Every value spliced into the statement is an integer produced by this method's typed
    // arguments, never text from a caller, so no parameters are needed; the statement is the same
    // on SQLite and MySQL/MariaDB (both have CTEs, UNION ALL and correlated NOT EXISTS).
    private static string BuildSql(RollupScope scope, IReadOnlyCollection<int> scopeIds, ReportingPeriod period, IReadOnlyCollection<int> indicatorIds)
    {
        var scopeList = IntList(scopeIds);
        var indicatorList = IntList(indicatorIds);
        var first = Int(period.FirstMonthKey);
        var last = Int(period.LastMonthKey);
        var yearKey = Int(period.YearKey ?? -1);
        var flow = Int((int)IndicatorKind.Flow);
        var stock = Int((int)IndicatorKind.Stock);
        var scopeSql = scope switch
        {
            RollupScope.Station => $"SELECT s.Id AS ScopeId, s.Id AS StationId FROM Stations s WHERE s.Id IN ({scopeList})",
            RollupScope.Region => $"SELECT rc.AncestorId AS ScopeId, s.Id AS StationId FROM RegionClosures rc JOIN Stations s ON s.RegionId = rc.DescendantId WHERE rc.AncestorId IN ({scopeList})",
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
        };

        return $"""
            WITH scope AS ({scopeSql}),
            obs AS (
                SELECT o.StationId, o.IndicatorId, o.Period, o.ScaledValue, i.Kind
                FROM Observations o JOIN Indicators i ON i.Id = o.IndicatorId
                WHERE o.IndicatorId IN ({indicatorList})
                  AND o.StationId IN (SELECT StationId FROM scope)
                  AND (o.Period BETWEEN {first} AND {last} OR o.Period = {yearKey})
            ),
            yearly AS (SELECT StationId, IndicatorId, ScaledValue FROM obs WHERE Period = {yearKey}),
            monthly AS (
                SELECT m.StationId, m.IndicatorId, m.Period, m.ScaledValue, m.Kind FROM obs m
                WHERE m.Period BETWEEN {first} AND {last}
                  AND NOT EXISTS (SELECT 1 FROM yearly y WHERE y.StationId = m.StationId AND y.IndicatorId = m.IndicatorId)
            ),
            lastMonth AS (
                SELECT StationId, IndicatorId, MAX(Period) AS Period FROM monthly WHERE Kind = {stock} GROUP BY StationId, IndicatorId
            ),
            perStation AS (
                SELECT StationId, IndicatorId, ScaledValue FROM yearly
                UNION ALL
                SELECT StationId, IndicatorId, SUM(ScaledValue) FROM monthly WHERE Kind = {flow} GROUP BY StationId, IndicatorId
                UNION ALL
                SELECT m.StationId, m.IndicatorId, m.ScaledValue FROM monthly m
                JOIN lastMonth l ON l.StationId = m.StationId AND l.IndicatorId = m.IndicatorId AND l.Period = m.Period
            )
            SELECT sc.ScopeId AS ScopeId, p.IndicatorId AS IndicatorId,
                   CAST(SUM(p.ScaledValue) AS SIGNED) AS Total, COUNT(*) AS Stations
            FROM perStation p JOIN scope sc ON sc.StationId = p.StationId
            GROUP BY sc.ScopeId, p.IndicatorId
            UNION ALL
            SELECT ScopeId, 0, 0, COUNT(*) FROM scope GROUP BY ScopeId
            """;
    }

    private static string IntList(IEnumerable<int> values) => string.Join(",", values.Distinct().Select(Int));

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>IndicatorId 0 rows carry the number of stations in scope.</summary>
    private sealed record RollupRow(int ScopeId, int IndicatorId, long Total, long Stations);

    private sealed record PeriodRollupRow(int PeriodIndex, int ScopeId, int IndicatorId, long Total, long Stations);
}

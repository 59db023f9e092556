using System.Globalization;
using Hub.Data.Model;
using Hub.Data.Periods;

namespace Hub.Data.Indicators;

/// <summary>
/// The hub's roll-up rules as SQL over the base rows (Observations, Stations, RegionClosures): FLOW sums the months of
/// the period; STOCK takes each station's last reported month in the period; a year is answered from a yearly
/// observation where the station has one, otherwise from its months (never both); regions add up their stations and
/// say how many reported. This is what the roll-up store is built from (<see cref="RollupStore.RebuildAsync"/>) and
/// checked against (<see cref="RollupStore.VerifyAsync"/>); requests read the store.
/// </summary>
/// <remarks>
/// Shaped for MariaDB, which merges a CTE into every place that uses it (measured on the province dataset): the
/// observations of the period are read once, through IX_Observations_Indicator_Period_Station_Value_ForRollups
/// without touching the table rows, and folded into one row per station × indicator in a single GROUP BY (the yearly
/// value, the monthly sum and the last reported month side by side); only a STOCK indicator answered from its months
/// looks up the value of that last month, by the unique key. The statement is the same on SQLite and MySQL/MariaDB
/// (both have CTEs, UNION ALL, CASE and derived tables).
/// </remarks>
internal static class BaseRowRollups
{
    public const string AllStations = "SELECT s.Id AS ScopeId, s.Id AS StationId FROM Stations s";

    public const string AllRegions = "SELECT rc.AncestorId AS ScopeId, s.Id AS StationId FROM RegionClosures rc JOIN Stations s ON s.RegionId = rc.DescendantId";

    /// <summary>The stations placed anywhere under the region <paramref name="root"/> (a placeholder).</summary>
    public static string StationsUnder(string root) =>
        $"SELECT s.Id AS ScopeId, s.Id AS StationId FROM Stations s JOIN RegionClosures sub ON sub.DescendantId = s.RegionId WHERE sub.AncestorId = {root}";

    /// <summary>
    /// The regions whose cells change when the stations under <paramref name="root"/> do: the subtree and the path
    /// above it, each with all of its stations.
    /// </summary>
    public static string RegionsTouching(string root) =>
        $"{AllRegions} WHERE rc.AncestorId IN (SELECT DescendantId FROM RegionClosures WHERE AncestorId = {root} UNION SELECT AncestorId FROM RegionClosures WHERE DescendantId = {root})";

    /// <summary>
    /// Every (scope kind, scope, indicator) cell of one period that someone reported, as rows
    /// (Kind, ScopeId, IndicatorId, Total, Stations), for the stations <paramref name="stationsSql"/> and the regions
    /// <paramref name="regionsSql"/> select; <paramref name="indicatorIds"/> null for every indicator.
    /// </summary>
    public static string TreeSql(RollupStatement sql, string stationsSql, string regionsSql, ReportingPeriod period, string? indicatorIds) =>
        string.Join("\nUNION ALL\n", new[] { (Kind: RollupScope.Station, Sql: stationsSql), (Kind: RollupScope.Region, Sql: regionsSql) }
            .Select(scope => $"SELECT {Int((int)scope.Kind)} AS Kind, r.ScopeId, r.IndicatorId, r.Total, r.Stations FROM ({ScopeSql(sql, scope.Sql, period, indicatorIds)}) AS r"));

    /// <summary>
    /// The roll-up of the (ScopeId, StationId) pairs that <paramref name="scopeSql"/> selects, as rows
    /// (ScopeId, IndicatorId, Total, Stations).
    /// </summary>
    public static string ScopeSql(RollupStatement sql, string scopeSql, ReportingPeriod period, string? indicatorIds)
    {
        // A year reads its yearly row (yyyy00) and its months (yyyy01..yyyy12) as one index range;
        // a month or quarter has no yearly row, and -1 matches no period.
        var yearKey = sql.Value(period.YearKey ?? -1);
        var from = sql.Value(period.YearKey ?? period.FirstMonthKey);
        var to = sql.Value(period.LastMonthKey);
        var stock = Int((int)IndicatorKind.Stock);
        var indicatorFilter = indicatorIds is null ? string.Empty : $"o.IndicatorId IN ({indicatorIds}) AND ";

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
                WHERE {indicatorFilter}o.Period BETWEEN {from} AND {to}
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
            """;
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}

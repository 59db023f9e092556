using System.Globalization;
using Hub.Data.Model;
using Hub.Data.Observations;
using Hub.Data.Periods;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Indicators;

/// <summary>
/// Indicator values for many stations or regions, read from the roll-up store (<see cref="RollupStore"/>) in one
/// statement: the cells asked for by key, beside how many stations each scope holds. The values follow the hub's
/// rules (<see cref="BaseRowRollups"/>), kept by every write; regions say how many of their stations reported, out of
/// the count <see cref="RegionStationCounts"/> keeps under the tree counter the same statement reads.
/// </summary>
public sealed class IndicatorRollups(HubDbContext db, RegionStationCounts stationCounts)
{
    public async Task<IReadOnlyList<IndicatorCell>> ComputeAsync(
        RollupScope scope,
        IReadOnlyCollection<int> scopeIds,
        ReportingPeriod period,
        IReadOnlyCollection<int> indicatorIds,
        CancellationToken cancellationToken = default) =>
        (await ComputeSeriesAsync(scope, scopeIds, [period], indicatorIds, cancellationToken))[0];

    /// <summary>The same values for several periods (a time series) in one statement.</summary>
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
        if (scopeIds.Count == 0 || indicatorIds.Count == 0 || periods.Count == 0)
        {
            return periods.Select(_ => (IReadOnlyList<IndicatorCell>)[]).ToList();
        }

        // Ids and periods are parameters (RollupStatement): the text, and EF Core's compiled query, depend only on the
        // scope kind and the size class of each list, the same for every station, region and period of a request shape.
        var sql = new RollupStatement();
        var kind = sql.Value((int)scope);
        var ids = sql.IdsIn(scopeIds);
        var indicators = sql.IdsIn(indicatorIds);
        var keys = sql.IdsIn(periods.Select(p => p.CellKey));
        // Period -1 rows carry what each scope expects: a station itself (when it exists); for regions the tree counter,
        // under which the kept station counts are exact.
        var expected = scope switch
        {
            RollupScope.Station => $"SELECT -1 AS Period, s.Id AS ScopeId, 0 AS IndicatorId, 0 AS Total, 1 AS Stations FROM Stations s WHERE s.Id IN ({ids})",
            RollupScope.Region => $"SELECT -1 AS Period, -1 AS ScopeId, 0 AS IndicatorId, 0 AS Total, COALESCE(MAX(v.Version), 0) AS Stations FROM RollupVersions v WHERE v.IndicatorId = {sql.Value(RollupVersions.Tree)}",
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
        };
        var text = $"""
            {expected}
            UNION ALL
            SELECT c.Period, c.ScopeId, c.IndicatorId, c.ScaledValue, c.ReportingStations FROM RollupCells c
            WHERE c.ScopeKind = {kind} AND c.ScopeId IN ({ids}) AND c.IndicatorId IN ({indicators}) AND c.Period IN ({keys})
            """;
        var rows = await db.Database.SqlQueryRaw<CellRow>(text, sql.Values).ToListAsync(cancellationToken);
        IReadOnlyDictionary<int, int> inScope;
        if (scope == RollupScope.Region)
        {
            var treeVersion = rows.Single(r => r.Period == -1).Stations;
            inScope = stationCounts.Find(treeVersion) ?? await stationCounts.LoadAsync(db, cancellationToken);
        }
        else
        {
            inScope = rows.Where(r => r.Period == -1).ToDictionary(r => r.ScopeId, r => (int)r.Stations);
        }

        var byPeriod = rows.Where(r => r.Period != -1).ToLookup(r => r.Period);
        return periods.Select(p => (IReadOnlyList<IndicatorCell>)Cells(byPeriod[p.CellKey], inScope, scopeIds, indicatorIds)).ToList();
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

        var sql = new RollupStatement();
        var text = $"SELECT c.ScopeKind AS Kind, c.Period, c.ScopeId, c.IndicatorId, c.ScaledValue AS Total, c.ReportingStations AS Stations FROM RollupCells c WHERE c.IndicatorId IN ({sql.IdsIn(indicatorIds)}) AND c.Period IN ({sql.IdsIn(periods.Select(p => p.CellKey))})";
        var byPeriod = (await db.Database.SqlQueryRaw<TreeRow>(text, sql.Values).ToListAsync(cancellationToken)).ToLookup(r => r.Period);
        return periods.Select(p => (IReadOnlyList<TreeCell>)byPeriod[p.CellKey]
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

    private static List<IndicatorCell> Cells(IEnumerable<CellRow> rows, IReadOnlyDictionary<int, int> inScope, IReadOnlyCollection<int> scopeIds, IReadOnlyCollection<int> indicatorIds)
    {
        var reported = rows.ToDictionary(r => (r.ScopeId, r.IndicatorId));
        var cells = new List<IndicatorCell>(scopeIds.Count * indicatorIds.Count);
        foreach (var scopeId in scopeIds.Distinct())
        {
            var expected = inScope.GetValueOrDefault(scopeId);
            foreach (var indicatorId in indicatorIds.Distinct())
            {
                cells.Add(reported.TryGetValue((scopeId, indicatorId), out var row)
                    ? new IndicatorCell(scopeId, indicatorId, ScaledDecimal.FromScaled(row.Total), (int)row.Stations, expected)
                    : new IndicatorCell(scopeId, indicatorId, null, 0, expected));
            }
        }

        return cells;
    }

    private static readonly string TreeLinksSql =
        $"SELECT {BaseRowRollups.Int((int)RollupScope.Region)} AS Kind, r.Id AS Id, r.ParentId AS ParentId FROM Regions r UNION ALL SELECT {BaseRowRollups.Int((int)RollupScope.Station)}, s.Id, s.RegionId FROM Stations s";

    /// <summary>Period -1 rows carry a station's expected count, or the tree counter for regions.</summary>
    private sealed record CellRow(int Period, int ScopeId, int IndicatorId, long Total, long Stations);

    private sealed record TreeRow(int Kind, int Period, int ScopeId, int IndicatorId, long Total, long Stations);

    private sealed record TreeLinkRow(int Kind, int Id, int? ParentId);
}

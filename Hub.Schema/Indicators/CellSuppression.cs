using Hub.Data.Indicators;
using Hub.Data.Model;
using Hub.Data.Periods;
using Hub.Schema.Access;
using Microsoft.Extensions.Options;

namespace Hub.Schema.Indicators;

/// <summary>
/// Publishes indicator cells by the access rules: open for PUBLIC indicators and for privileged callers, FORBIDDEN
/// for INTERNAL ones otherwise, and RESTRICTED ones per year only, through <see cref="SmallCellSuppression"/>,
/// decided over the whole tree once per request for each (year, indicator) a field needs (one statement for all).
/// </summary>
/// <remarks>
/// Along time, a year is the only period whose restricted cells a caller below the analyst sees: a quarter or a month
/// shares its reports with the year around it (a STOCK year is each station's last reported month), so two public
/// periods would give a hidden station's figure by subtraction, as 2024-Q4 minus 2024-10 gave the one station that
/// reported in November. Two years share no report, so the years' tables cannot be combined, and within a year the
/// region tree's equations are protected as before. Months and quarters of restricted indicators are suppressed.
/// </remarks>
public sealed class CellSuppression(IndicatorRollups rollups, RollupVersions versions, SuppressionDecisionCache cache, IOptions<SuppressionOptions> options)
{
    private readonly Dictionary<(ReportingPeriod Period, int IndicatorId), IReadOnlySet<(RollupScope Scope, int Id)>> _decided = [];

    /// <summary>Decides suppression for every (period, RESTRICTED indicator) pair not decided yet in this request.</summary>
    public async Task PrepareAsync(IReadOnlyList<ReportingPeriod> periods, IEnumerable<Indicator> indicators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var restricted = indicators.Where(i => i.Sensitivity == Sensitivity.Restricted).Select(i => i.Id).Distinct().ToList();
        var missing = periods.Distinct().Where(p => p.Granularity == PeriodGranularity.Year && restricted.Any(id => !_decided.ContainsKey((p, id)))).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        // Decisions already taken at the current counters (another request's) are reused; only the rest is computed.
        var counters = await versions.ReadAsync(restricted, cancellationToken);
        var treeVersion = counters[RollupVersions.Tree];
        foreach (var period in missing)
        {
            foreach (var id in restricted)
            {
                if (cache.Find(period, id, treeVersion, counters[id]) is { } kept)
                {
                    _decided[(period, id)] = kept;
                }
            }
        }

        missing = missing.Where(p => restricted.Any(id => !_decided.ContainsKey((p, id)))).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var tree = cache.Tree(treeVersion);
        if (tree is null)
        {
            tree = await rollups.TreeAsync(cancellationToken);
            cache.KeepTree(treeVersion, tree);
        }

        var cells = await rollups.ComputeTreeAsync(missing, restricted, cancellationToken);
        var thresholds = options.Value;
        for (var index = 0; index < missing.Count; index++)
        {
            var byIndicator = cells[index].ToLookup(c => c.IndicatorId);
            foreach (var id in restricted)
            {
                var hidden = SmallCellSuppression.Suppressed(byIndicator[id], tree, thresholds.MinStations, thresholds.MinUnits);
                _decided[(missing[index], id)] = hidden;
                cache.Keep(missing[index], id, treeVersion, counters[id], hidden);
            }
        }
    }

    /// <summary>
    /// The cell as the caller may see it. <paramref name="privileged"/>: the caller reads this station's or region's
    /// sensitive figures in full. RESTRICTED cells need <see cref="PrepareAsync"/> first.
    /// </summary>
    public IndicatorValue Publish(Indicator indicator, ReportingPeriod period, RollupScope scope, IndicatorCell cell, bool privileged)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(cell);
        if (privileged || indicator.Sensitivity == Sensitivity.Public)
        {
            return new IndicatorValue(indicator, period, cell.Value, cell.ReportingStations, cell.ExpectedStations, Suppressed: false);
        }

        if (indicator.Sensitivity != Sensitivity.Restricted)
        {
            // Not even how many stations reported it: an internal figure is not the caller's to see at all.
            return new IndicatorValue(indicator, period, null, 0, cell.ExpectedStations, Suppressed: false) { Forbidden = true };
        }

        if (period.Granularity != PeriodGranularity.Year)
        {
            return new IndicatorValue(indicator, period, null, cell.ReportingStations, cell.ExpectedStations, Suppressed: cell.ReportingStations > 0);
        }

        var suppressed = cell.ReportingStations > 0 && _decided.TryGetValue((period, indicator.Id), out var hidden)
            ? hidden.Contains((scope, cell.ScopeId))
            : cell.ReportingStations > 0 ? throw new InvalidOperationException($"Suppression of {indicator.Code} for {period} was not prepared.") : false;
        return new IndicatorValue(indicator, period, suppressed ? null : cell.Value, cell.ReportingStations, cell.ExpectedStations, suppressed);
    }
}

using Hub.Data.Indicators;
using Hub.Data.Model;
using Hub.Data.Periods;
using Hub.Schema.Access;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Indicators;

/// <summary>
/// Series of every station or region a query level asks for: one statement per (scope kind, indicator, range), all
/// periods in it; each point published by the same rules as <c>indicators</c>, suppression decided per period.
/// </summary>
public sealed class SeriesDataLoader(IndicatorRollups rollups, AccessRules rules, CellSuppression suppression)
    : BatchDataLoader<SeriesKey, IReadOnlyList<SeriesPoint>>
{
    protected override async Task<IReadOnlyDictionary<SeriesKey, IReadOnlyList<SeriesPoint>>> FetchAsync(IReadOnlyList<SeriesKey> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<SeriesKey, IReadOnlyList<SeriesPoint>>();
        foreach (var group in keys.GroupBy(k => (k.Scope, k.Indicator, k.From, k.To)))
        {
            var indicator = group.Key.Indicator;
            var periods = Periods(group.Key.From, group.Key.To);
            var scopeIds = group.Select(k => k.ScopeId).Distinct().ToList();
            var cells = await rollups.ComputeSeriesAsync(group.Key.Scope, scopeIds, periods, [indicator.Id], cancellationToken);
            var privileged = indicator.Sensitivity != Sensitivity.Public
                ? await rules.PrivilegedAsync(group.Key.Scope, scopeIds, cancellationToken)
                : new HashSet<int>();
            if (scopeIds.Any(id => !privileged.Contains(id)))
            {
                await suppression.PrepareAsync(periods, [indicator], cancellationToken);
            }

            var byScope = cells.Select(period => period.ToDictionary(c => c.ScopeId)).ToList();
            foreach (var key in group)
            {
                result[key] = periods
                    .Select((period, index) => SeriesPoint.Of(suppression.Publish(indicator, period, key.Scope, byScope[index][key.ScopeId], privileged.Contains(key.ScopeId))))
                    .ToList();
            }
        }

        return result;
    }

    protected override IReadOnlyList<SeriesPoint> Missing(SeriesKey key) => [];

    /// <summary>Every period from <paramref name="from"/> to <paramref name="to"/>, both included, at their granularity.</summary>
    public static List<ReportingPeriod> Periods(ReportingPeriod from, ReportingPeriod to)
    {
        var periods = new List<ReportingPeriod>();
        for (var period = from; period.CompareTo(to) <= 0; period = period.Next)
        {
            periods.Add(period);
        }

        return periods;
    }
}

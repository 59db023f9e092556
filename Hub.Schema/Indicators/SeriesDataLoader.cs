using Hub.Data.Indicators;
using Hub.Data.Periods;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Indicators;

/// <summary>Series of every station or region a query level asks for: one statement per (scope kind, indicator, range), all periods in it.</summary>
public sealed class SeriesDataLoader(IndicatorRollups rollups) : BatchDataLoader<SeriesKey, IReadOnlyList<SeriesPoint>>
{
    protected override async Task<IReadOnlyDictionary<SeriesKey, IReadOnlyList<SeriesPoint>>> FetchAsync(IReadOnlyList<SeriesKey> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<SeriesKey, IReadOnlyList<SeriesPoint>>();
        foreach (var group in keys.GroupBy(k => (k.Scope, k.IndicatorId, k.From, k.To)))
        {
            var periods = Periods(group.Key.From, group.Key.To);
            var cells = await rollups.ComputeSeriesAsync(group.Key.Scope, group.Select(k => k.ScopeId).Distinct().ToList(), periods, [group.Key.IndicatorId], cancellationToken);
            var byScope = cells.Select(period => period.ToDictionary(c => c.ScopeId)).ToList();
            foreach (var key in group)
            {
                result[key] = periods
                    .Select((period, index) => (period, cell: byScope[index][key.ScopeId]))
                    .Select(point => new SeriesPoint(point.period, point.cell.Value, point.cell.ReportingStations, point.cell.ExpectedStations))
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

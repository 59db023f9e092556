using Hub.Data.Indicators;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Indicators;

/// <summary>Indicator values of every station or region a query level asks for, in one roll-up statement per (scope kind, period, indicator set).</summary>
public sealed class IndicatorValuesDataLoader(IndicatorRollups rollups)
    : BatchDataLoader<IndicatorValuesKey, IReadOnlyList<IndicatorValue>>
{
    protected override async Task<IReadOnlyDictionary<IndicatorValuesKey, IReadOnlyList<IndicatorValue>>> FetchAsync(IReadOnlyList<IndicatorValuesKey> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<IndicatorValuesKey, IReadOnlyList<IndicatorValue>>();
        foreach (var group in keys.GroupBy(k => (k.Scope, k.Period, k.Selection)))
        {
            var indicators = group.Key.Selection.Indicators;
            var indicatorIds = indicators.Select(i => i.Id).ToList();
            var cells = await rollups.ComputeAsync(group.Key.Scope, group.Select(k => k.ScopeId).Distinct().ToList(), group.Key.Period, indicatorIds, cancellationToken);
            var cellsByScope = cells.ToLookup(c => c.ScopeId);
            foreach (var key in group)
            {
                var cellOf = cellsByScope[key.ScopeId].ToDictionary(c => c.IndicatorId);
                result[key] = indicators
                    .Select(indicator => (indicator, cell: cellOf[indicator.Id]))
                    .Select(pair => new IndicatorValue(pair.indicator, key.Period, pair.cell.Value, pair.cell.ReportingStations, pair.cell.ExpectedStations, Suppressed: false))
                    .ToList();
            }
        }

        return result;
    }

    protected override IReadOnlyList<IndicatorValue> Missing(IndicatorValuesKey key) => [];
}

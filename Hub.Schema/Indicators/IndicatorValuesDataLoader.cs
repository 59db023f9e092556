using System.Globalization;
using Hub.Data.Indicators;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Indicators;

/// <summary>Indicator values of every station or region a query level asks for, in one roll-up statement per (scope kind, period, indicator set).</summary>
public sealed class IndicatorValuesDataLoader(IndicatorRollups rollups, IndicatorDirectory directory)
    : BatchDataLoader<IndicatorValuesKey, IReadOnlyList<IndicatorValue>>
{
    protected override async Task<IReadOnlyDictionary<IndicatorValuesKey, IReadOnlyList<IndicatorValue>>> FetchAsync(IReadOnlyList<IndicatorValuesKey> keys, CancellationToken cancellationToken)
    {
        var byId = (await directory.AllAsync(cancellationToken)).ToDictionary(i => i.Id);
        var result = new Dictionary<IndicatorValuesKey, IReadOnlyList<IndicatorValue>>();
        foreach (var group in keys.GroupBy(k => (k.Scope, k.Period, k.IndicatorIds)))
        {
            var indicatorIds = group.Key.IndicatorIds.Split(',').Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList();
            var cells = await rollups.ComputeAsync(group.Key.Scope, group.Select(k => k.ScopeId).Distinct().ToList(), group.Key.Period, indicatorIds, cancellationToken);
            var cellsByScope = cells.ToLookup(c => c.ScopeId);
            foreach (var key in group)
            {
                var cellOf = cellsByScope[key.ScopeId].ToDictionary(c => c.IndicatorId);
                result[key] = indicatorIds
                    .Select(id => cellOf[id])
                    .Select(cell => new IndicatorValue(byId[cell.IndicatorId], key.Period, cell.Value, cell.ReportingStations, cell.ExpectedStations, Suppressed: false))
                    .ToList();
            }
        }

        return result;
    }

    protected override IReadOnlyList<IndicatorValue> Missing(IndicatorValuesKey key) => [];
}

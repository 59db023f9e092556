using Hub.Data.Indicators;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Indicators;

/// <summary>
/// Indicator values of every station or region a query level asks for, in one roll-up statement per (scope kind,
/// period, indicator set), published by the access rules: the caller's privileged scopes in one statement (analysts
/// only), suppression of RESTRICTED cells in one more, both only when the level holds sensitive indicators.
/// </summary>
public sealed class IndicatorValuesDataLoader(IndicatorRollups rollups, AccessRules rules, CellSuppression suppression)
    : BatchDataLoader<IndicatorValuesKey, IReadOnlyList<IndicatorValue>>
{
    protected override async Task<IReadOnlyDictionary<IndicatorValuesKey, IReadOnlyList<IndicatorValue>>> FetchAsync(IReadOnlyList<IndicatorValuesKey> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<IndicatorValuesKey, IReadOnlyList<IndicatorValue>>();
        foreach (var group in keys.GroupBy(k => (k.Scope, k.Period, k.Selection)))
        {
            var indicators = group.Key.Selection.Indicators;
            var indicatorIds = indicators.Select(i => i.Id).ToList();
            var scopeIds = group.Select(k => k.ScopeId).Distinct().ToList();
            var cells = await rollups.ComputeAsync(group.Key.Scope, scopeIds, group.Key.Period, indicatorIds, cancellationToken);
            var privileged = indicators.Any(i => i.Sensitivity != Sensitivity.Public)
                ? await rules.PrivilegedAsync(group.Key.Scope, scopeIds, cancellationToken)
                : new HashSet<int>();
            if (scopeIds.Any(id => !privileged.Contains(id)))
            {
                await suppression.PrepareAsync([group.Key.Period], indicators, cancellationToken);
            }

            var cellsByScope = cells.ToLookup(c => c.ScopeId);
            foreach (var key in group)
            {
                var cellOf = cellsByScope[key.ScopeId].ToDictionary(c => c.IndicatorId);
                result[key] = indicators
                    .Select(indicator => suppression.Publish(indicator, key.Period, key.Scope, cellOf[indicator.Id], privileged.Contains(key.ScopeId)))
                    .Where(value => key.Selection.Named || !value.Forbidden)
                    .ToList();
            }
        }

        return result;
    }

    protected override IReadOnlyList<IndicatorValue> Missing(IndicatorValuesKey key) => [];
}

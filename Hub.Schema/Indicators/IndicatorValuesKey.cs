using Hub.Data.Indicators;
using Hub.Data.Periods;

namespace Hub.Schema.Indicators;

/// <param name="IndicatorIds">Comma-joined ids, so that equal requests share one key.</param>
public sealed record IndicatorValuesKey(RollupScope Scope, int ScopeId, ReportingPeriod Period, string IndicatorIds);

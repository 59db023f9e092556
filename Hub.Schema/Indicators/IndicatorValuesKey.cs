using Hub.Data.Indicators;
using Hub.Data.Periods;

namespace Hub.Schema.Indicators;

public sealed record IndicatorValuesKey(RollupScope Scope, int ScopeId, ReportingPeriod Period, IndicatorSelection Selection);

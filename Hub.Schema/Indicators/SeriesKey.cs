using Hub.Data.Indicators;
using Hub.Data.Model;
using Hub.Data.Periods;

namespace Hub.Schema.Indicators;

/// <summary>One station's or region's series of one indicator; keys that differ only in the scope id share one statement.</summary>
public sealed record SeriesKey(RollupScope Scope, int ScopeId, Indicator Indicator, ReportingPeriod From, ReportingPeriod To);

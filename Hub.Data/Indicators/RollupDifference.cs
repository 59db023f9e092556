using Hub.Data.Periods;

namespace Hub.Data.Indicators;

/// <summary>
/// A cell of the roll-up store that differs from the same cell recomputed from base rows: stored and expected as
/// (scaled value, reporting stations), null where that side has no cell.
/// </summary>
public sealed record RollupDifference(RollupScope Scope, int ScopeId, int IndicatorId, ReportingPeriod Period, (long ScaledValue, int Stations)? Stored, (long ScaledValue, int Stations)? Expected);

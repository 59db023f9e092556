namespace Hub.Data.Indicators;

/// <summary>What one write does to one cell: its new value (a station's own cell) or the amount to add (a region's).</summary>
internal readonly record struct RollupCellChange(RollupScope Kind, int ScopeId, int IndicatorId, int Period, long ScaledValue, int ReportingStations);

using Hub.Data.Periods;

namespace Hub.Schema.Indicators;

/// <summary>One period of a series; a period nobody reported is a gap (no value, no reporting stations), never a zero.</summary>
public sealed record SeriesPoint(ReportingPeriod Period, decimal? Value, int ReportingStations, int ExpectedStations);

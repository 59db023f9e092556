using Hub.Data.Periods;

namespace Hub.Schema.Indicators;

/// <summary>One period of a series; a period nobody reported is a gap (no value, no reporting stations), never a zero.</summary>
public sealed record SeriesPoint(ReportingPeriod Period, decimal? Value, int ReportingStations, int ExpectedStations, bool Suppressed)
{
    /// <summary>The caller may not read this indicator here: the value field answers null with FORBIDDEN.</summary>
    public bool Forbidden { get; init; }

    public static SeriesPoint Of(IndicatorValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new SeriesPoint(value.Period, value.Value, value.ReportingStations, value.ExpectedStations, value.Suppressed) { Forbidden = value.Forbidden };
    }
}

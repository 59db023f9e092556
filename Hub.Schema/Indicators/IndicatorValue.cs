using Hub.Data.Model;
using Hub.Data.Periods;

namespace Hub.Schema.Indicators;

public sealed record IndicatorValue(
    Indicator Indicator,
    ReportingPeriod Period,
    decimal? Value,
    int ReportingStations,
    int ExpectedStations,
    bool Suppressed)
{
    /// <summary>The caller may not read this indicator here: the value field answers null with FORBIDDEN.</summary>
    public bool Forbidden { get; init; }
}

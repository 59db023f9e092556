namespace Hub.Data.Indicators;

/// <summary>
/// One indicator's value for one scope (a station or a region) and one period.
/// <see cref="Value"/> is null when no station in scope reported: missing is not zero.
/// </summary>
public sealed record IndicatorCell(int ScopeId, int IndicatorId, decimal? Value, int ReportingStations, int ExpectedStations);

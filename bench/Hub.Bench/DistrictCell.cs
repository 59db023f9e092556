namespace Hub.Bench;

/// <summary>One district × indicator of the comparison, as both sides of the roll-up benchmark report it (value in the indicator's unit).</summary>
public sealed record DistrictCell(string District, string Indicator, decimal? Value, int ReportingStations, int ExpectedStations);

namespace Hub.Data.Indicators;

/// <summary>One station's or region's reported value of one indicator for one period (only cells someone reported).</summary>
public sealed record TreeCell(RollupScope Scope, int Id, int IndicatorId, decimal Value, int ReportingStations);

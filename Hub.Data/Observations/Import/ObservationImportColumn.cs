namespace Hub.Data.Observations.Import;

/// <summary>What a column of a monthly-report sheet holds, whatever its header says it in.</summary>
public enum ObservationImportColumn
{
    Station = 1,
    IndicatorCode = 2,
    IndicatorLabel = 3,
    Period = 4,
    Value = 5,
    Note = 6,
}

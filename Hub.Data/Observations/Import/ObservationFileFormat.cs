namespace Hub.Data.Observations.Import;

public enum ObservationFileFormat
{
    Csv = 1,
    Xlsx = 2,
}

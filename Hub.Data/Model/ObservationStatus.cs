namespace Hub.Data.Model;

/// <summary>SDMX observation status.</summary>
public enum ObservationStatus
{
    Normal = 1,
    Estimated = 2,
    Provisional = 3,
    Missing = 4,
}

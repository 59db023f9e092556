namespace Hub.Data.Model;

public enum StationStatus
{
    Active = 1,
    Suspended = 2,
    Closed = 3,
}

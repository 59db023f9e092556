namespace Hub.Data.Periods;

public enum PeriodGranularity
{
    Year = 1,
    Quarter = 2,
    Month = 3,
}

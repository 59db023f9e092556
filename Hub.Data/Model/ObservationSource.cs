namespace Hub.Data.Model;

public enum ObservationSource
{
    MonthlyReport = 1,
    AnnualSummary = 2,
    DerivedFromActivities = 3,
    Import = 4,
    Other = 9,
}

namespace Hub.Schema.Comparisons;

public enum ComparisonLevel
{
    Station,
    Street,
    District,
    City,
}

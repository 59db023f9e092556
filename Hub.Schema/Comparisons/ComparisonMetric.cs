using Hub.Data.Model;

namespace Hub.Schema.Comparisons;

/// <summary>One unit's standing on one indicator: its value, rank among the units, and how it moved.</summary>
public sealed record ComparisonMetric(
    Indicator Indicator,
    decimal? Value,
    int? Rank,
    double? Percentile,
    decimal? Previous,
    decimal? YearEarlier,
    int? Population,
    int? Households)
{
    public decimal? ChangeFromPrevious => Value - Previous;

    public decimal? ChangeFromYearEarlier => Value - YearEarlier;

    public double? ChangeFromPreviousPercent => Percent(Value, Previous);

    public double? ChangeFromYearEarlierPercent => Percent(Value, YearEarlier);

    public double? PerTenThousandPeople => Value is { } value && Population is > 0 ? (double)value * 10_000 / Population.Value : null;

    public double? PerHousehold => Value is { } value && Households is > 0 ? (double)value / Households.Value : null;

    private static double? Percent(decimal? now, decimal? then) =>
        now is { } current && then is { } earlier && earlier != 0 ? (double)((current - earlier) / earlier * 100) : null;
}

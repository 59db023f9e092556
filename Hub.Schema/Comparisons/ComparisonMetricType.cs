using GraphQL.Types;
using Hub.Schema.Indicators;

namespace Hub.Schema.Comparisons;

public sealed class ComparisonMetricType : ObjectGraphType<ComparisonMetric>
{
    public ComparisonMetricType()
    {
        Name = "ComparisonMetric";
        Description = "A unit's standing on one indicator among all units of the comparison (not only this page).";
        Field<NonNullGraphType<IndicatorType>>("indicator").Resolve(context => context.Source.Indicator);
        Field<FloatGraphType>("value").Resolve(context => (double?)context.Source.Value);
        Field(m => m.Rank, nullable: true).Description("1 for the highest value; equal values share a rank (1, 2, 2, 4); null without a value.");
        Field(m => m.Percentile, nullable: true).Description("Share of the other ranked units at or below this one, in percent: the top is 100, the bottom 0.");
        Field<FloatGraphType>("previous").Description("The value for the previous period (month, quarter or year).").Resolve(context => (double?)context.Source.Previous);
        Field<FloatGraphType>("changeFromPrevious").Resolve(context => (double?)context.Source.ChangeFromPrevious);
        Field(m => m.ChangeFromPreviousPercent, nullable: true);
        Field<FloatGraphType>("yearEarlier").Description("The value for the same period a year earlier.").Resolve(context => (double?)context.Source.YearEarlier);
        Field<FloatGraphType>("changeFromYearEarlier").Resolve(context => (double?)context.Source.ChangeFromYearEarlier);
        Field(m => m.ChangeFromYearEarlierPercent, nullable: true);
        Field(m => m.PerTenThousandPeople, nullable: true).Description("Value per 10,000 residents, where the region's population is known.");
        Field(m => m.PerHousehold, nullable: true).Description("Value per household, where the region's household count is known.");
    }
}

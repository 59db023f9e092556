using GraphQL.Types;
using Hub.Schema.Indicators;
using Hub.Schema.Relay;

namespace Hub.Schema.Comparisons;

public sealed class ComparisonRowType : ObjectGraphType<ComparisonRow>
{
    public ComparisonRowType()
    {
        Name = "ComparisonRow";
        Field<StringGraphType>("regionCode").Description("The compared region's code; null for a station row.").Resolve(context => context.Source.Unit.RegionCode);
        Field<IdGraphType>("stationId").Description("The compared station's id; null for a region row.")
            .Resolve(context => context.Source.Unit.StationId is { } id ? GlobalId.Of("Station", id) : null);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Unit.Name);
        Field<IntGraphType>("population").Resolve(context => context.Source.Unit.Population);
        Field<IntGraphType>("households").Resolve(context => context.Source.Unit.Households);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorValueType>>>>("values")
            .Description("The unit's values, in the order of the input's codes.")
            .Resolve(context => context.Source.Values);
        Field<IntGraphType>("rank").Description("Rank on the orderBy indicator.").Resolve(context => context.Source.Ranking.Rank);
        Field<FloatGraphType>("percentile").Description("Percentile on the orderBy indicator.").Resolve(context => context.Source.Ranking.Percentile);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComparisonMetricType>>>>("metrics")
            .Description("Rank, percentile, change and per-capita figures for every compared indicator, in the order of the input's codes.")
            .Resolve(context => context.Source.Metrics);
    }
}

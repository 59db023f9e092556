using GraphQL;
using GraphQL.Types;
using Hub.Data.Indicators;
using Hub.Data.Periods;
using Hub.Schema.Execution;
using Hub.Schema.Scalars;

namespace Hub.Schema.Indicators;

public static class IndicatorFieldExtensions
{
    /// <summary>Adds <c>indicators(period, codes)</c> to Station or Region, batched across every object of the same query level.</summary>
    public static void AddIndicatorFields<T>(this ObjectGraphType<T> type, RollupScope scope, Func<T, int> idOf)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorValueType>>>>("indicators")
            .Description(scope == RollupScope.Station
                ? "The station's values for a period: FLOW summed over the period, STOCK at its end; a year from the yearly report where there is one, else from the months."
                : "Values aggregated over every station inside the region, each saying how many stations reported.")
            .Argument<NonNullGraphType<PeriodGraphType>>("period", "\"2024\", \"2024-Q4\" or \"2024-11\".")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("codes", "Indicator codes, in the order wanted; the whole catalogue when omitted.")
            .ResolveAsync(async context =>
            {
                var period = context.GetArgument<ReportingPeriod>("period");
                var indicators = await context.Service<IndicatorDirectory>().ResolveAsync(context.GetArgument<List<string>?>("codes"), context.CancellationToken);
                return context.Service<IndicatorValuesDataLoader>().Load(new IndicatorValuesKey(scope, idOf(context.Source), period, new IndicatorSelection(indicators)));
            });
    }
}

using GraphQL;
using GraphQL.Types;
using Hub.Data.Indicators;
using Hub.Data.Periods;
using Hub.Schema.Errors;
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
                ? "The station's values for a period: FLOW summed over the period, STOCK at its end; a year from the yearly report where there is one, else from the months. Without codes, only the indicators the caller may read here."
                : "Values aggregated over every station inside the region, each saying how many stations reported. Without codes, only the indicators the caller may read here.")
            .Argument<NonNullGraphType<PeriodGraphType>>("period", "\"2024\", \"2024-Q4\" or \"2024-11\".")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("codes", "Indicator codes, in the order wanted; the whole catalogue when omitted.")
            .ResolveAsync(async context =>
            {
                var period = context.GetArgument<ReportingPeriod>("period");
                var codes = context.GetArgument<List<string>?>("codes");
                var indicators = await context.Service<IndicatorDirectory>().ResolveAsync(codes, context.CancellationToken);
                return context.Service<IndicatorValuesDataLoader>().Load(new IndicatorValuesKey(scope, idOf(context.Source), period, new IndicatorSelection(indicators, named: codes is not null)));
            });
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeriesPointType>>>>("series")
            .Description($"One point per month, quarter or year from \"from\" to \"to\" (same granularity, at most {MaxSeriesPoints} points), computed by the same rules as indicators; unreported periods are gaps.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "An indicator code.")
            .Argument<NonNullGraphType<PeriodGraphType>>("from")
            .Argument<NonNullGraphType<PeriodGraphType>>("to")
            .ResolveAsync(async context =>
            {
                var (from, to) = (context.GetArgument<ReportingPeriod>("from"), context.GetArgument<ReportingPeriod>("to"));
                if (from.Granularity != to.Granularity)
                {
                    throw new HubUserInputException($"\"from\" and \"to\" must both be months, quarters or years (got {from} and {to}).");
                }

                if (from.CompareTo(to) > 0)
                {
                    throw new HubUserInputException($"\"from\" ({from}) comes after \"to\" ({to}).");
                }

                if (SeriesDataLoader.Periods(from, to).Count > MaxSeriesPoints)
                {
                    throw new HubUserInputException($"A series holds at most {MaxSeriesPoints} points; narrow the range or use a coarser period.", HubErrorCodes.QueryTooComplex);
                }

                var indicator = (await context.Service<IndicatorDirectory>().ResolveAsync([context.GetArgument<string>("code")], context.CancellationToken))[0];
                return context.Service<SeriesDataLoader>().Load(new SeriesKey(scope, idOf(context.Source), indicator, from, to));
            });
    }

    public const int MaxSeriesPoints = 120;
}

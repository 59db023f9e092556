using GraphQL;
using GraphQL.Types;
using Hub.Data.Periods;
using Hub.Schema.Execution;
using Hub.Schema.Relay;

namespace Hub.Schema.Comparisons;

public static class ComparisonQueries
{
    public static void AddComparisonQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ComparisonType>>("comparison")
            .Description("Ranks the stations, streets, districts or cities inside a region on the same indicators for one period, with changes against the previous period and a year earlier.")
            .Argument<NonNullGraphType<ComparisonInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var page = PageRequest.Create(input.GetValueOrDefault("first") as int?, input.GetValueOrDefault("after") as string, null, null);
                var codes = ((IEnumerable<object?>)input["codes"]!).Select(code => (string)code!).ToList();
                return await context.Service<ComparisonComputation>().ComputeAsync(
                    (string)input["regionCode"]!,
                    (ComparisonLevel)input["level"]!,
                    (ReportingPeriod)input["period"]!,
                    codes,
                    input.GetValueOrDefault("orderBy") as string,
                    page,
                    context.CancellationToken);
            });
    }
}

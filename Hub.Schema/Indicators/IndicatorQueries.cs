using GraphQL.Types;
using Hub.Schema.Execution;

namespace Hub.Schema.Indicators;

public static class IndicatorQueries
{
    public static void AddIndicatorQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorType>>>>("indicators")
            .Description("The indicator catalogue.")
            .ResolveAsync(async context => await context.Service<IndicatorDirectory>().AllAsync(context.CancellationToken));
    }
}

using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Relay;

namespace Hub.Schema.Activities;

public static class ActivityQueries
{
    public static void AddActivityQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.ConnectionField<object?, ActivityType, Activity, ActivityFilterInputType, ActivitySortInputType>("activities", (context, request) =>
                context.Rows<Activity>().ToConnectionAsync(request, context.CancellationToken))
            .Description("Activities, newest first unless ordered otherwise.");
    }
}

using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Relay;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Activities;

public static class ActivityQueries
{
    public static void AddActivityQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.ConnectionField<object?, ActivityType, Activity>("activities", (context, page) =>
                context.Db().Activities.AsNoTracking().OrderByDescending(a => a.OccurredOn).ThenByDescending(a => a.Id).ToConnectionAsync(page, context.CancellationToken))
            .Description("Activities, newest first.");
    }
}

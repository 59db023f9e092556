using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Relay;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Partners;

public static class PartnerQueries
{
    public static void AddPartnerQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.ConnectionField<object?, ResourcePartnerType, ResourcePartner>("partners", (context, page) =>
                context.Db().ResourcePartners.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id).ToConnectionAsync(page, context.CancellationToken))
            .Description("Resource partners by name.");
    }
}

using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Relay;

namespace Hub.Schema.Partners;

public static class PartnerQueries
{
    public static void AddPartnerQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.ConnectionField<object?, ResourcePartnerType, ResourcePartner, ResourcePartnerFilterInputType, ResourcePartnerSortInputType>("partners", (context, request) =>
                context.Rows<ResourcePartner>().ToConnectionAsync(request, context.CancellationToken))
            .Description("Resource partners, by name unless ordered otherwise.");
    }
}

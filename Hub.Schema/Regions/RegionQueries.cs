using GraphQL;
using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Relay;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Regions;

public static class RegionQueries
{
    public static void AddRegionQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.ConnectionField<object?, RegionType, Region, RegionFilterInputType, RegionSortInputType>("regions", (context, request) =>
                context.Rows<Region>().ToConnectionAsync(request, context.CancellationToken))
            .Description("Regions, by code unless ordered otherwise.");
        query.Field<RegionType>("region")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async context =>
            {
                var code = context.GetArgument<string>("code");
                return await context.Db().Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, context.CancellationToken);
            });
    }
}

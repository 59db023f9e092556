using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Relay;

namespace Hub.Schema.Brands;

public static class BrandQueries
{
    public static void AddBrandQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.ConnectionField<object?, BrandType, Brand, BrandFilterInputType, BrandSortInputType>("brands", (context, request) =>
                context.Rows<Brand>().ToConnectionAsync(request, context.CancellationToken))
            .Description("Brands, by name unless ordered otherwise.");
    }
}

using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Relay;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Brands;

public static class BrandQueries
{
    public static void AddBrandQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.ConnectionField<object?, BrandType, Brand>("brands", (context, page) =>
                context.Db().Brands.AsNoTracking().OrderBy(b => b.Name).ThenBy(b => b.Id).ToConnectionAsync(page, context.CancellationToken))
            .Description("Brands by name.");
    }
}

using GraphQL;
using Hub.Data;
using Hub.Schema.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Schema.Execution;

public static class ResolveFieldContextExtensions
{
    /// <summary>A request-scoped service (DataLoaders, the DbContext) of the request this field belongs to.</summary>
    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("GraphQL requests run with a DI scope.")).GetRequiredService<T>();

    public static HubDbContext Db(this IResolveFieldContext context) => context.Service<HubDbContext>();

    /// <summary>The caller of the request, read from the claims its credentials carried (the public without any).</summary>
    public static HubCaller Caller(this IResolveFieldContext context) => HubCaller.From(context.User);

    /// <summary>The request's read rules, bound to its caller.</summary>
    public static AccessRules Rules(this IResolveFieldContext context) => context.Service<AccessRules>();

    /// <summary>The rows of a table the caller may see: the base query of every root connection.</summary>
    public static IQueryable<T> Rows<T>(this IResolveFieldContext context)
        where T : class =>
        context.Rules().Visible(context.Db().Set<T>().AsNoTracking());
}

using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Hub.Schema.Relay;

public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Adds a Relay connection field with the standard first/after/last/before arguments. The resolver
    /// returns a <c>Task&lt;Connection&gt;</c> (root lists, paged in SQL) or a DataLoader result (nested lists, batched).
    /// </summary>
    public static FieldBuilder<TSource, object> ConnectionField<TSource, TNodeType, TNode>(
        this ObjectGraphType<TSource> type,
        string name,
        Func<IResolveFieldContext<TSource>, PageRequest, object> resolve)
        where TNodeType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Field<NonNullGraphType<ConnectionType<TNodeType, TNode>>>(name)
            .Arguments(PageRequest.Arguments())
            .ResolveAsync(async context => resolve(context, PageRequest.From(context)) switch
            {
                Task<Connection<TNode>> page => await page,
                var deferred => deferred,
            });
    }
}

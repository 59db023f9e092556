using System.Text.Json;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Hub.Schema.Execution;
using Hub.Schema.Filtering;
using Hub.Schema.Sorting;

namespace Hub.Schema.Relay;

public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Adds a Relay connection field with <c>where</c>, <c>order</c> and first/after/last/before. The resolver
    /// returns a <c>Task&lt;Connection&gt;</c> (root lists, paged in SQL) or a DataLoader result (nested lists, batched).
    /// </summary>
    public static FieldBuilder<TSource, object> ConnectionField<TSource, TNodeType, TNode, TFilterType, TSortType>(
        this ObjectGraphType<TSource> type,
        string name,
        Func<IResolveFieldContext<TSource>, ConnectionRequest<TNode>, object> resolve)
        where TNodeType : IGraphType
        where TFilterType : FilterInputGraphType<TNode>
        where TSortType : SortInputGraphType<TNode>
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Field<NonNullGraphType<ConnectionType<TNodeType, TNode>>>(name)
            .Argument<TFilterType>("where", "Only the rows that meet these conditions.")
            .Argument<ListGraphType<NonNullGraphType<TSortType>>>("order", $"Sort keys in order of precedence (at most {SortInputGraphType<TNode>.MaxKeys}); the id breaks ties.")
            .Arguments(PageRequest.Arguments())
            .ResolveAsync(async context => resolve(context, Request<TNode>(context)) switch
            {
                Task<Connection<TNode>> page => await page,
                var deferred => deferred,
            });
    }

    private static ConnectionRequest<T> Request<T>(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = PageRequest.From(context);
        var whereType = ArgumentType<FilterInputGraphType<T>>(context, "where");
        var orderType = ArgumentType<SortInputGraphType<T>>(context, "order");
        var whereInput = Argument(context, "where") as IDictionary<string, object?>;
        var predicate = whereType.ToPredicate(whereInput, new FilterContext(context.Db(), "where", context.Rules()));
        var where = predicate is null ? new RowFilter<T>(null, "all") : new RowFilter<T>(predicate, JsonSerializer.Serialize(whereInput));
        return new ConnectionRequest<T>(where, orderType.ToOrder(Argument(context, "order"), "order"), page);
    }

    private static object? Argument(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var argument) ? argument.Value : null;

    private static TGraphType ArgumentType<TGraphType>(IResolveFieldContext context, string name) =>
        NamedTypes.Of(context.FieldDefinition.Arguments?.Find(name)?.ResolvedType) is TGraphType type
            ? type
            : throw new InvalidOperationException($"{context.FieldDefinition.Name} has no \"{name}\" argument of {typeof(TGraphType).Name}.");
}

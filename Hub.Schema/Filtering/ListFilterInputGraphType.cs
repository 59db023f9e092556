using System.Linq.Expressions;
using GraphQL.Types;

namespace Hub.Schema.Filtering;

/// <summary><c>XListFilterInput { some none all }</c>: conditions on a list of related X rows, translated to EXISTS subqueries.</summary>
public sealed class ListFilterInputGraphType<TFilterType> : InputObjectGraphType
    where TFilterType : IGraphType, IFilterInputGraphType, new()
{
    public ListFilterInputGraphType()
    {
        var element = new TFilterType().Name;
        Name = element.Replace("FilterInput", "ListFilterInput", StringComparison.Ordinal);
        Description = $"Conditions on a list; each of some/none/all takes a {element}.";
        Field<TFilterType>("some").Description("At least one item matches.");
        Field<TFilterType>("none").Description("No item matches.");
        Field<TFilterType>("all").Description("Every item matches (true for an empty list).");
    }

    public Expression Translate(Expression collection, Type elementType, IDictionary<string, object?> operations, string path, FilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var queryable = typeof(IQueryable).IsAssignableFrom(collection.Type);
        var methods = queryable ? typeof(Queryable) : typeof(Enumerable);
        var conditions = new List<Expression>();
        foreach (var (operation, operand) in operations)
        {
            if (operand is not IDictionary<string, object?> input)
            {
                continue;
            }

            var item = Expression.Parameter(elementType, "item");
            var at = $"{path}.{operation}";
            var inner = ((IFilterInputGraphType)ResolvedFilter()).Translate(item, input, at, context);
            Expression lambda = Expression.Lambda(inner, item);
            if (queryable)
            {
                lambda = Expression.Quote(lambda);
            }

            Expression condition = operation switch
            {
                "some" => Expression.Call(methods, nameof(Enumerable.Any), [elementType], collection, lambda),
                "none" => Expression.Not(Expression.Call(methods, nameof(Enumerable.Any), [elementType], collection, lambda)),
                _ => Expression.Call(methods, nameof(Enumerable.All), [elementType], collection, lambda),
            };
            conditions.Add(condition);
        }

        return Predicates.All(conditions);
    }

    private IGraphType ResolvedFilter() =>
        NamedTypes.Of(GetField("some")?.ResolvedType) ?? throw new InvalidOperationException($"{Name} is not initialised.");
}

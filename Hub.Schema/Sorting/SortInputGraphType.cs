using System.Collections;
using System.Linq.Expressions;
using System.Text.Json;
using GraphQL.Types;
using Hub.Schema.Errors;
using Hub.Schema.Filtering;

namespace Hub.Schema.Sorting;

/// <summary>
/// <c>XSortInput</c>: one field per sortable member, or a related row's own sort input. An <c>order</c>
/// argument is a list of these, one key each, applied in list order; the row id breaks ties.
/// </summary>
public abstract class SortInputGraphType<T> : InputObjectGraphType, ISortInputGraphType
{
    public const int MaxKeys = 5;

    private readonly Dictionary<string, Func<Expression, object, string, (Expression Key, bool Descending)>> keys = new(StringComparer.Ordinal);
    private readonly Expression<Func<T, int>> id;
    private readonly SortKey[] defaultOrder;

    protected SortInputGraphType(string name, string rows, Expression<Func<T, int>> id, params SortKey[] defaultOrder)
    {
        Name = name;
        Description = $"One sort key for {rows}: set exactly one field.";
        this.id = id;
        this.defaultOrder = defaultOrder;
    }

    /// <summary>The order the client asked for (the connection's default when none), made total by the row id.</summary>
    public RowOrder<T> ToOrder(object? items, string argumentName)
    {
        var requested = (items as IEnumerable)?.Cast<object?>().ToList() ?? [];
        if (requested.Count > MaxKeys)
        {
            throw new HubUserInputException($"\"{argumentName}\" has {requested.Count} keys; at most {MaxKeys} are allowed.", HubErrorCodes.QueryTooComplex);
        }

        var row = Expression.Parameter(typeof(T), "row");
        var order = requested.Count == 0
            ? defaultOrder.ToList()
            : requested.Select((item, index) => Key(row, item, $"{argumentName}[{index}]")).ToList();
        order.Add(new SortKey(id, order.Count > 0 && order[^1].Descending));
        var canonical = requested.Count == 0 ? "default" : JsonSerializer.Serialize(requested);
        return new RowOrder<T>(order, canonical);
    }

    public (Expression Key, bool Descending) Translate(Expression row, IDictionary<string, object?> input, string path)
    {
        ArgumentNullException.ThrowIfNull(input);
        var set = input.Where(field => field.Value is not null).ToList();
        if (set.Count != 1)
        {
            throw new HubUserInputException($"{path} sets {set.Count} fields; set exactly one per item and list several items to sort by several keys.");
        }

        var (name, value) = (set[0].Key, set[0].Value!);
        return keys.TryGetValue(name, out var key)
            ? key(row, value, $"{path}.{name}")
            : throw new HubUserInputException($"{path}.{name} is not a key {Name} knows.");
    }

    protected void Sort(string name, Expression<Func<T, object?>> member, string? description = null)
    {
        Field<SortEnumType>(name).Description(description);
        keys[name] = (row, value, _) => (Sortable(ExpressionBinding.Bind(member, row)), value is SortDirection.Desc);
    }

    /// <summary>
    /// SQLite stores decimals as text and EF Core 9 refuses to ORDER BY them; their double values sort the same
    /// for any amount this hub holds (areas, hours, yuan), on both databases.
    /// </summary>
    private static Expression Sortable(Expression key) =>
        key.Type == typeof(decimal) ? Expression.Convert(key, typeof(double))
        : key.Type == typeof(decimal?) ? Expression.Convert(key, typeof(double?))
        : key;

    /// <summary>Sorts by a member of a related row (a station by its district's name).</summary>
    protected void SortThrough<TRelatedSort>(string name, Expression<Func<T, object?>> navigation, string? description = null)
        where TRelatedSort : IGraphType, ISortInputGraphType
    {
        Field<TRelatedSort>(name).Description(description);
        keys[name] = (row, value, path) =>
        {
            var related = NamedTypes.Of(GetField(name)?.ResolvedType) as ISortInputGraphType
                ?? throw new InvalidOperationException($"{Name}.{name} is not initialised.");
            return value is IDictionary<string, object?> input
                ? related.Translate(ExpressionBinding.Bind(navigation, row), input, path)
                : throw new HubUserInputException($"{path} takes an input object.");
        };
    }

    private SortKey Key(ParameterExpression row, object? item, string path)
    {
        var (key, descending) = item is IDictionary<string, object?> input
            ? Translate(row, input, path)
            : throw new HubUserInputException($"{path} takes an input object.");

        // Value-typed keys reached through an optional relation may be null in SQL; sort them as nullable.
        if (key.Type.IsValueType && Nullable.GetUnderlyingType(key.Type) is null && ReachesThroughNavigation(key))
        {
            key = Expression.Convert(key, typeof(Nullable<>).MakeGenericType(key.Type));
        }

        return new SortKey(Expression.Lambda(key, row), descending);
    }

    private static bool ReachesThroughNavigation(Expression key) =>
        key is MemberExpression { Expression: MemberExpression };
}

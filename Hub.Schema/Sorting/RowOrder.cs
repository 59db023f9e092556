using System.Linq.Expressions;

namespace Hub.Schema.Sorting;

/// <summary>
/// A total order of rows: the client's keys, then the row id as a tie-break so that offsets (and so cursors)
/// are stable. Equal when the client asked for the same order, which lets DataLoaders batch requests.
/// </summary>
public sealed class RowOrder<T>(IReadOnlyList<SortKey> keys, string canonical) : IEquatable<RowOrder<T>>
{
    private readonly string canonical = canonical;

    public IReadOnlyList<SortKey> Keys { get; } = keys;

    public IOrderedQueryable<T> Apply(IQueryable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return (IOrderedQueryable<T>)rows.Provider.CreateQuery<T>(Apply(rows.Expression));
    }

    /// <summary>Orders a sequence inside a larger expression: a queryable, or a navigation collection in a projection.</summary>
    public Expression Apply(Expression rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var queryable = typeof(IQueryable).IsAssignableFrom(rows.Type);
        var methods = queryable ? typeof(Queryable) : typeof(Enumerable);
        for (var index = 0; index < Keys.Count; index++)
        {
            var (selector, descending) = (Keys[index].Selector, Keys[index].Descending);
            var method = (index == 0, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            rows = Expression.Call(methods, method, [typeof(T), selector.ReturnType], rows, queryable ? Expression.Quote(selector) : selector);
        }

        return rows;
    }

    public bool Equals(RowOrder<T>? other) => other is not null && canonical == other.canonical;

    public override bool Equals(object? obj) => Equals(obj as RowOrder<T>);

    public override int GetHashCode() => canonical.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => canonical;
}

using System.Linq.Expressions;

namespace Hub.Schema.Filtering;

/// <summary>
/// The rows a client's <c>where</c> admits, as a predicate EF Core translates (null: every row). Equal when
/// the client wrote the same filter, which lets DataLoaders batch the requests of many parents.
/// </summary>
public sealed class RowFilter<T>(Expression<Func<T, bool>>? predicate, string canonical) : IEquatable<RowFilter<T>>
{
    private readonly string canonical = canonical;

    public Expression<Func<T, bool>>? Predicate { get; } = predicate;

    public IQueryable<T> Apply(IQueryable<T> rows) => Predicate is null ? rows : rows.Where(Predicate);

    /// <summary>Filters a sequence inside a larger expression: a queryable, or a navigation collection in a projection.</summary>
    public Expression Apply(Expression rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (Predicate is null)
        {
            return rows;
        }

        var queryable = typeof(IQueryable).IsAssignableFrom(rows.Type);
        return Expression.Call(queryable ? typeof(Queryable) : typeof(Enumerable), nameof(Enumerable.Where), [typeof(T)],
            rows, queryable ? Expression.Quote(Predicate) : Predicate);
    }

    public bool Equals(RowFilter<T>? other) => other is not null && canonical == other.canonical;

    public override bool Equals(object? obj) => Equals(obj as RowFilter<T>);

    public override int GetHashCode() => canonical.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => canonical;
}

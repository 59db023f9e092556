using System.Linq.Expressions;

namespace Hub.Schema.Sorting;

/// <summary>One key of an ordering: what to sort by (a lambda on the row) and which way.</summary>
public sealed record SortKey(LambdaExpression Selector, bool Descending)
{
    public static SortKey Ascending<T, TKey>(Expression<Func<T, TKey>> selector) => new(selector, false);

    public static SortKey DescendingBy<T, TKey>(Expression<Func<T, TKey>> selector) => new(selector, true);
}

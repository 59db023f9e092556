using Hub.Schema.Filtering;
using Hub.Schema.Sorting;

namespace Hub.Schema.Relay;

/// <summary>Everything a connection field was asked: which rows (<c>where</c>), in what order (<c>order</c>), which page.</summary>
public sealed record ConnectionRequest<T>(RowFilter<T> Where, RowOrder<T> Order, PageRequest Page)
{
    public IOrderedQueryable<T> Apply(IQueryable<T> rows) => Order.Apply(Where.Apply(rows));
}

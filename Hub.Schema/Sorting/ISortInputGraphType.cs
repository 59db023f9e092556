using System.Linq.Expressions;

namespace Hub.Schema.Sorting;

/// <summary>An <c>order</c> item type: turns one input object (<c>{ name: ASC }</c>, <c>{ district: { name: DESC } }</c>) into a sort key on a row.</summary>
public interface ISortInputGraphType
{
    (Expression Key, bool Descending) Translate(Expression row, IDictionary<string, object?> input, string path);
}

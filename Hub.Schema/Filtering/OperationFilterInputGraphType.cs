using System.Linq.Expressions;
using GraphQL.Types;

namespace Hub.Schema.Filtering;

/// <summary>
/// The operators a client may apply to one member (<c>{ contains: "崔寨" }</c>, <c>{ gte: 10, lt: 20 }</c>); all
/// operators given must hold.
/// </summary>
public abstract class OperationFilterInputGraphType : InputObjectGraphType
{
    public virtual Expression Translate(Expression member, IDictionary<string, object?> operations, string path, FilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(context);
        return Predicates.All(operations.Select(pair => Predicates.Compare(member, pair.Key, pair.Value, $"{path}.{pair.Key}", context)));
    }

    /// <summary>eq, neq, in, nin: the operators every comparable type has.</summary>
    protected void AddEqualityOperators<TScalar>(string what)
        where TScalar : IGraphType
    {
        Field<TScalar>("eq").Description($"Equal to the {what} (null: has none).");
        Field<TScalar>("neq").Description($"Not equal to the {what}.");
        Field<ListGraphType<NonNullGraphType<TScalar>>>("in").Description($"One of the {what}s listed (at most {FilterContext.MaxListValues}).");
        Field<ListGraphType<NonNullGraphType<TScalar>>>("nin").Description($"None of the {what}s listed.");
    }

    /// <summary>gt, gte, lt, lte.</summary>
    protected void AddRangeOperators<TScalar>(string what)
        where TScalar : IGraphType
    {
        Field<TScalar>("gt").Description($"Greater than the {what}.");
        Field<TScalar>("gte").Description($"Greater than or equal to the {what}.");
        Field<TScalar>("lt").Description($"Less than the {what}.");
        Field<TScalar>("lte").Description($"Less than or equal to the {what}.");
    }
}

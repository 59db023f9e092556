using System.Collections;
using System.Linq.Expressions;
using GraphQL.Types;
using Hub.Schema.Errors;

namespace Hub.Schema.Filtering;

/// <summary>
/// <c>XFilterInput</c> for the rows of type <typeparamref name="T"/>: a field per filterable member with its
/// operators, relations filtered by the related type's own input, and <c>and</c>/<c>or</c> lists. Everything
/// a client states becomes one expression tree, so EF Core filters in SQL and nothing is filtered in memory.
/// </summary>
public abstract class FilterInputGraphType<T> : InputObjectGraphType, IFilterInputGraphType
{
    private delegate Expression Translation(Expression row, object value, string path, FilterContext context);

    private readonly Dictionary<string, Translation> translations = new(StringComparer.Ordinal);

    protected FilterInputGraphType(string name, string rows)
    {
        Name = name;
        Description = $"Conditions on {rows}; all fields given must hold.";
        AddField(new FieldType
        {
            Name = "and",
            Description = "Every condition listed holds.",
            ResolvedType = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))),
        });
        AddField(new FieldType
        {
            Name = "or",
            Description = "At least one condition listed holds.",
            ResolvedType = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))),
        });
    }

    /// <summary>The condition as a lambda for <c>Where</c>; null when the input states none.</summary>
    public Expression<Func<T, bool>>? ToPredicate(IDictionary<string, object?>? input, FilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (input is null || input.Count == 0)
        {
            return null;
        }

        var row = Expression.Parameter(typeof(T), "row");
        var body = Translate(row, input, context.ArgumentName, context);
        return body is ConstantExpression { Value: true } ? null : Expression.Lambda<Func<T, bool>>(body, row);
    }

    public Expression Translate(Expression row, IDictionary<string, object?> input, string path, FilterContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        return Predicates.All(input.Where(field => field.Value is not null).Select(field =>
        {
            var (name, value) = (field.Key, field.Value!);
            var at = $"{path}.{name}";
            return name switch
            {
                "and" => Combine(row, value, at, context, Expression.AndAlso),
                "or" => Combine(row, value, at, context, Expression.OrElse),
                _ => Condition(name, row, value, at, context),
            };
        }).ToList());
    }

    /// <summary>A member compared with the operators of <typeparamref name="TOperations"/>.</summary>
    protected void Filter<TOperations>(string name, Expression<Func<T, object?>> member, string? description = null)
        where TOperations : OperationFilterInputGraphType
    {
        Field<TOperations>(name).Description(description);
        translations[name] = (row, value, path, context) =>
            Resolved<TOperations>(name).Translate(ExpressionBinding.Bind(member, row), AsInput(value, path), path, context);
    }

    /// <summary>The row's global id.</summary>
    protected void Id(string nodeTypeName, Expression<Func<T, int>> databaseId)
    {
        Field<IdOperationFilterInputType>("id");
        translations["id"] = (row, value, path, context) =>
            IdOperationFilterInputType.Translate(ExpressionBinding.Bind(databaseId, row), AsInput(value, path), nodeTypeName, path, context);
    }

    /// <summary>A related row (a station's district, a project's brand) filtered by its own input type; rows without one never match.</summary>
    protected void Relation<TRelatedFilter>(string name, Expression<Func<T, object?>> navigation, string? description = null)
        where TRelatedFilter : IGraphType, IFilterInputGraphType
    {
        Field<TRelatedFilter>(name).Description(description);
        translations[name] = (row, value, path, context) =>
        {
            using var _ = context.Nest(path);
            var related = ExpressionBinding.Bind(navigation, row);
            var condition = Resolved<IFilterInputGraphType>(name).Translate(related, AsInput(value, path), path, context);

            // A related row the caller may not see matches nothing, as if it did not exist.
            if (context.Rules.Admits(related) is { } visible)
            {
                condition = Expression.AndAlso(visible, condition);
            }

            // EF Core compares through a LEFT JOIN, where a missing row fails every comparison but "neq":
            // say explicitly that the related row must exist.
            return condition is ConstantExpression { Value: true } || related.Type.IsValueType
                ? condition
                : Expression.AndAlso(Expression.NotEqual(related, Expression.Constant(null, related.Type)), condition);
        };
    }

    /// <summary>Related rows (a station's projects) of which some, none or all match the related type's input.</summary>
    protected void Relations<TRelatedFilter, TRelated>(string name, Expression<Func<T, IEnumerable<TRelated>>> collection, string? description = null)
        where TRelatedFilter : IGraphType, IFilterInputGraphType, new()
    {
        Field<ListFilterInputGraphType<TRelatedFilter>>(name).Description(description);
        translations[name] = (row, value, path, context) =>
        {
            using var _ = context.Nest(path);
            return Resolved<ListFilterInputGraphType<TRelatedFilter>>(name)
                .Translate(context.Rules.Visible(ExpressionBinding.Bind(collection, row), typeof(TRelated)), typeof(TRelated), AsInput(value, path), path, context);
        };
    }

    /// <summary>A condition no member states directly (for example "inside this region"), built by <paramref name="translate"/> from the client's value.</summary>
    protected void Condition<TGraphType>(string name, string description, Func<Expression, object, FilterContext, Expression> translate)
        where TGraphType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(translate);
        Field<TGraphType>(name).Description(description);
        translations[name] = (row, value, path, context) => translate(row, value, context);
    }

    private Expression Condition(string name, Expression row, object value, string path, FilterContext context)
    {
        context.Count(path);
        return translations.TryGetValue(name, out var translation)
            ? translation(row, value, path, context)
            : throw new HubUserInputException($"{path} is not a condition {Name} knows.");
    }

    private Expression Combine(Expression row, object value, string path, FilterContext context, Func<Expression, Expression, BinaryExpression> join)
    {
        if (value is not IEnumerable items)
        {
            throw new HubUserInputException($"{path} takes a list of {Name}.");
        }

        using var _ = context.Nest(path);
        var parts = items.Cast<object?>()
            .Select((item, index) => Translate(row, AsInput(item, $"{path}[{index}]"), $"{path}[{index}]", context))
            .ToList();
        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate((left, right) => join(left, right));
    }

    private TGraphType Resolved<TGraphType>(string name) =>
        NamedTypes.Of(GetField(name)?.ResolvedType) is TGraphType resolved
            ? resolved
            : throw new InvalidOperationException($"{Name}.{name} is not initialised.");

    private static IDictionary<string, object?> AsInput(object? value, string path) =>
        value as IDictionary<string, object?> ?? throw new HubUserInputException($"{path} takes an input object.");
}

using GraphQL.Types;
using GraphQL.Validation.Complexity;
using Hub.Schema.Errors;
using Hub.Schema.Relay;

namespace Hub.Schema.Limits;

/// <summary>
/// How GraphQL.NET's complexity analyzer prices the hub's fields, and the errors it reports. A field costs 1 and
/// multiplies the cost of what it contains by the rows it may return: a connection's page size
/// (<c>first</c>/<c>last</c>, or <see cref="PageRequest.DefaultPageSize"/> when neither is given), 5 for any other list.
/// Introspection (<c>__schema</c>, <c>__type</c>) costs nothing: its answer is bounded by the schema, not the data,
/// and priced like data the introspection query of every IDE would cost a million; what bounds it instead is the
/// depth limit and <see cref="DocumentMeasurement.MaxIntrospectionListNesting"/>.
/// </summary>
public static class HubComplexity
{
    /// <summary>Rows assumed for a list field without <c>first</c>/<c>last</c> that is not part of a connection.</summary>
    public const int PlainListRows = 5;

    public static void Configure(ComplexityOptions complexity, HubLimitsOptions limits)
    {
        ArgumentNullException.ThrowIfNull(complexity);
        ArgumentNullException.ThrowIfNull(limits);
        complexity.MaxDepth = limits.MaxDepth;
        complexity.MaxComplexity = limits.MaxComplexity;
        complexity.DefaultComplexityImpactDelegate = Impact;

        // GraphQL.NET 8 assumes 20 rows for a list without paging arguments. The hub's plain lists are a station's
        // brands, partners and teams, a project's communities: a handful each, so 5 prices them nearer the truth.
        complexity.DefaultListImpactMultiplier = PlainListRows;

        // The analyzer's own error says "complexity" for both limits; clients get one code per limit instead.
        complexity.ValidateComplexityDelegate = context =>
        {
            if (context.MaxDepth > limits.MaxDepth)
            {
                context.Error = new LimitExceededError(
                    HubErrorCodes.QueryTooDeep,
                    $"The query is {context.MaxDepth} fields deep; at most {limits.MaxDepth} are allowed.");
            }
            else if (context.TotalImpact > limits.MaxComplexity)
            {
                context.Error = new LimitExceededError(
                    HubErrorCodes.QueryTooComplex,
                    $"The query costs {context.TotalImpact:0} and the budget is {limits.MaxComplexity}: ask for fewer rows (first/last) or fewer fields.");
            }

            return Task.CompletedTask;
        };
    }

    private static FieldComplexityResult Impact(FieldImpactContext context)
    {
        if (context.FieldDefinition.Name is "__schema" or "__type")
        {
            return new FieldComplexityResult(0, 0);
        }

        var type = Unwrap(context.FieldDefinition.ResolvedType, out var listLevels);
        var impact = type is ScalarGraphType ? context.Configuration.DefaultScalarImpact : context.Configuration.DefaultObjectImpact;
        if (listLevels == 0)
        {
            return new FieldComplexityResult(impact, 1);
        }

        // A connection's list (edges, nodes) has its page size on the connection field, its non-list parent.
        var rows = PageSize(context.FieldDefinition, context.Arguments);
        if (rows is null && context.Parent is { } parent && !IsList(parent.FieldDefinition.ResolvedType))
        {
            rows = PageSize(parent.FieldDefinition, parent.Arguments);
        }

        return new FieldComplexityResult(impact, rows ?? Math.Pow(context.Configuration.DefaultListImpactMultiplier, listLevels));
    }

    /// <summary>The rows a paged field may return, or null for a field without paging arguments.</summary>
    private static int? PageSize(FieldType field, IDictionary<string, GraphQL.Execution.ArgumentValue>? arguments)
    {
        if (field.Arguments?.Find("first") is null && field.Arguments?.Find("last") is null)
        {
            return null;
        }

        foreach (var name in (string[])["first", "last"])
        {
            if (arguments?.TryGetValue(name, out var argument) == true && argument.Value is int size)
            {
                return Math.Max(size, 0);
            }
        }

        return PageRequest.DefaultPageSize;
    }

    private static IGraphType? Unwrap(IGraphType? type, out int listLevels)
    {
        listLevels = 0;
        while (true)
        {
            switch (type)
            {
                case NonNullGraphType nonNull:
                    type = nonNull.ResolvedType;
                    break;
                case ListGraphType list:
                    listLevels++;
                    type = list.ResolvedType;
                    break;
                default:
                    return type;
            }
        }
    }

    private static bool IsList(IGraphType? type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
}

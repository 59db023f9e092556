using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using GraphQL.Types;
using Hub.Schema.Errors;

namespace Hub.Schema.Filtering;

/// <summary>
/// <c>XFlagsFilterInput { hasAny hasAll hasNone }</c> for a set of flags such as a project's target groups,
/// stored as one bit mask and tested with a bitwise AND in SQL.
/// </summary>
public sealed class FlagsOperationFilterInputGraphType<TFlagType> : OperationFilterInputGraphType
    where TFlagType : EnumerationGraphType, new()
{
    public FlagsOperationFilterInputGraphType()
    {
        var flag = new TFlagType().Name;
        Name = $"{flag}FlagsFilterInput";
        Description = $"Conditions on a set of {flag} values.";
        Field<ListGraphType<NonNullGraphType<TFlagType>>>("hasAny").Description("Has at least one of the values listed.");
        Field<ListGraphType<NonNullGraphType<TFlagType>>>("hasAll").Description("Has every value listed.");
        Field<ListGraphType<NonNullGraphType<TFlagType>>>("hasNone").Description("Has none of the values listed.");
    }

    public override Expression Translate(Expression member, IDictionary<string, object?> operations, string path, FilterContext context)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(operations);
        var bits = Expression.Convert(member, typeof(long));
        var conditions = new List<Expression>();
        foreach (var (operation, operand) in operations)
        {
            if (operand is not IEnumerable values)
            {
                continue;
            }

            var mask = values.Cast<object>().Aggregate(0L, (sum, value) => sum | Convert.ToInt64(value, CultureInfo.InvariantCulture));
            var masked = Expression.And(bits, Predicates.Parameter(mask));
            var zero = Expression.Constant(0L);
            Expression condition = operation switch
            {
                "hasAny" => Expression.NotEqual(masked, zero),
                "hasAll" => Expression.Equal(masked, Predicates.Parameter(mask)),
                "hasNone" => Expression.Equal(masked, zero),
                _ => throw new HubUserInputException($"{path}: unknown operator \"{operation}\"."),
            };
            conditions.Add(condition);
        }

        return Predicates.All(conditions);
    }
}

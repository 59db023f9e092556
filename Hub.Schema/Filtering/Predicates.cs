using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using Hub.Schema.Errors;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Filtering;

/// <summary>The comparisons every operation filter is made of, as expressions EF Core translates to SQL.</summary>
public static class Predicates
{
    // Not the backslash: MySQL also treats it as an escape inside string literals.
    private const char LikeEscape = '^';

    private static readonly System.Reflection.MethodInfo LikeMethod = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    /// <summary>One operator (<c>eq</c>, <c>in</c>, <c>gt</c> …) applied to a member with the client's operand.</summary>
    public static Expression Compare(Expression member, string operation, object? operand, string path, FilterContext context)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(context);
        return operation switch
        {
            "eq" => Equal(member, operand, path),
            "neq" => Expression.Not(Equal(member, operand, path)),
            "in" => In(member, operand, path, context),
            "nin" => Expression.Not(In(member, operand, path, context)),
            "gt" => Expression.GreaterThan(member, Operand(member.Type, Required(operand, operation, path))),
            "gte" => Expression.GreaterThanOrEqual(member, Operand(member.Type, Required(operand, operation, path))),
            "lt" => Expression.LessThan(member, Operand(member.Type, Required(operand, operation, path))),
            "lte" => Expression.LessThanOrEqual(member, Operand(member.Type, Required(operand, operation, path))),
            "contains" => Like(member, $"%{EscapeLike(Text(operand, operation, path))}%"),
            "startsWith" => Like(member, $"{EscapeLike(Text(operand, operation, path))}%"),
            "endsWith" => Like(member, $"%{EscapeLike(Text(operand, operation, path))}"),
            _ => throw new InvalidOperationException($"No translation for the operator \"{operation}\"."),
        };
    }

    /// <summary>Every condition holds: their AND, conditions already true left out; true when none is left.</summary>
    public static Expression All(IEnumerable<Expression> conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return conditions.Where(condition => condition is not ConstantExpression { Value: true })
            .DefaultIfEmpty(Expression.Constant(true))
            .Aggregate(Expression.AndAlso);
    }

    /// <summary>A value as a SQL parameter (see <see cref="QueryParameter{T}"/>).</summary>
    public static Expression Parameter<T>(T value) => Expression.Property(Expression.Constant(new QueryParameter<T>(value)), nameof(QueryParameter<T>.Value));

    /// <summary>A client value as a SQL parameter of the member's type.</summary>
    public static Expression Operand(Type memberType, object? value)
    {
        ArgumentNullException.ThrowIfNull(memberType);
        var parameterType = typeof(QueryParameter<>).MakeGenericType(memberType);
        var parameter = Activator.CreateInstance(parameterType, ConvertValue(value, memberType));
        return Expression.Property(Expression.Constant(parameter), "Value");
    }

    private static BinaryExpression Equal(Expression member, object? operand, string path)
    {
        if (operand is not null)
        {
            return Expression.Equal(member, Operand(member.Type, operand));
        }

        return IsNullable(member.Type)
            ? Expression.Equal(member, Expression.Constant(null, member.Type))
            : throw new HubUserInputException($"{path} is never null; compare it with a value.");
    }

    private static MethodCallExpression In(Expression member, object? operand, string path, FilterContext context)
    {
        if (Required(operand, "in", path) is not IEnumerable values || operand is string)
        {
            throw new HubUserInputException($"{path} takes a list.");
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(member.Type))!;
        foreach (var value in values)
        {
            list.Add(ConvertValue(value, member.Type));
        }

        context.CheckListLength(path, list.Count);
        var parameterType = typeof(QueryParameter<>).MakeGenericType(list.GetType());
        var parameter = Expression.Property(Expression.Constant(Activator.CreateInstance(parameterType, list)), "Value");
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], parameter, member);
    }

    private static MethodCallExpression Like(Expression member, string pattern) =>
        Expression.Call(LikeMethod, Expression.Constant(EF.Functions), member, Parameter(pattern),
            Expression.Constant(LikeEscape.ToString()));

    private static string EscapeLike(string text) =>
        text.Replace(LikeEscape.ToString(), $"{LikeEscape}{LikeEscape}", StringComparison.Ordinal)
            .Replace("%", $"{LikeEscape}%", StringComparison.Ordinal)
            .Replace("_", $"{LikeEscape}_", StringComparison.Ordinal);

    private static object Required(object? operand, string operation, string path) =>
        operand ?? throw new HubUserInputException($"{path}: \"{operation}\" needs a value, not null.");

    private static string Text(object? operand, string operation, string path) =>
        Required(operand, operation, path) as string is { Length: > 0 } text
            ? text
            : throw new HubUserInputException($"{path}: \"{operation}\" needs a non-empty string.");

    private static object? ConvertValue(object? value, Type memberType)
    {
        var target = Nullable.GetUnderlyingType(memberType) ?? memberType;
        return value switch
        {
            null => null,
            _ when target.IsInstanceOfType(value) => value,
            _ when target.IsEnum => Enum.ToObject(target, value),
            IConvertible => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"A {value.GetType().Name} cannot be compared with a {target.Name}."),
        };
    }

    private static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
}

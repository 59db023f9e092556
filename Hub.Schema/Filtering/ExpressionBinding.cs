using System.Linq.Expressions;

namespace Hub.Schema.Filtering;

/// <summary>
/// Puts a selector lambda (<c>s =&gt; s.District</c>) to work on another expression (the row a filter is
/// about, or a navigation reached through a relation), so conditions compose into one expression tree
/// that EF Core translates to one SQL statement.
/// </summary>
public static class ExpressionBinding
{
    /// <summary>The body of <paramref name="selector"/> with its parameter replaced by <paramref name="target"/>, boxing conversions removed.</summary>
    public static Expression Bind(LambdaExpression selector, Expression target)
    {
        ArgumentNullException.ThrowIfNull(selector);
        return new Substitution(selector.Parameters[0], target).Visit(WithoutBoxing(selector.Body));
    }

    /// <summary>
    /// Selectors are declared as <c>Func&lt;T, object?&gt;</c> so that one method fits every member type; the
    /// compiler then wraps value-typed members in a conversion to object, which SQL must not see.
    /// </summary>
    public static Expression WithoutBoxing(Expression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        while (expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } conversion
            && (conversion.Type == typeof(object) || conversion.Type == typeof(Enum)))
        {
            expression = conversion.Operand;
        }

        return expression;
    }

    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}

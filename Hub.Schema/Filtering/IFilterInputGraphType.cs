using System.Linq.Expressions;

namespace Hub.Schema.Filtering;

/// <summary>A <c>where</c> input type: turns the client's input object into a condition on a row.</summary>
public interface IFilterInputGraphType
{
    /// <summary>The condition <paramref name="input"/> states about <paramref name="row"/> (a parameter, or a navigation reached through a relation).</summary>
    Expression Translate(Expression row, IDictionary<string, object?> input, string path, FilterContext context);
}

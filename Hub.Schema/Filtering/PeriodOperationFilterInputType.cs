using System.Collections;
using System.Linq.Expressions;
using Hub.Data.Periods;
using Hub.Schema.Errors;
using Hub.Schema.Scalars;
using GraphQL.Types;

namespace Hub.Schema.Filtering;

/// <summary>
/// Conditions on a stored period key (yyyymm for a month, yyyy00 for a year). eq/in name a stored period exactly;
/// the range operators take any period as the span it covers, so <c>{ gte: "2024", lte: "2024" }</c> is the year's
/// own figure and all its months, and <c>{ gte: "2024-Q2", lte: "2024-Q3" }</c> is April to September.
/// </summary>
public sealed class PeriodOperationFilterInputType : OperationFilterInputGraphType
{
    public PeriodOperationFilterInputType()
    {
        Name = "PeriodOperationFilterInput";
        Description = "Conditions on a stored period (a month or a year). eq/neq/in/nin take months and years; gt/gte/lt/lte also quarters, as the months they cover (a year also covers its own yearly figure).";
        AddEqualityOperators<PeriodGraphType>("period");
        AddRangeOperators<PeriodGraphType>("period");
    }

    public override Expression Translate(Expression member, IDictionary<string, object?> operations, string path, FilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(context);
        return Predicates.All(operations.Select(pair =>
        {
            var at = $"{path}.{pair.Key}";
            object? key = pair.Key switch
            {
                "eq" or "neq" => pair.Value is null ? null : Stored(pair.Value, at),
                "in" or "nin" => pair.Value is IEnumerable values and not string
                    ? values.Cast<object?>().Select(value => Stored(value, at)).ToList()
                    : throw new HubUserInputException($"{at} takes a list."),
                "gte" or "lt" => First(Period(pair.Value, at)),
                "gt" or "lte" => Period(pair.Value, at).LastMonthKey,
                _ => throw new HubUserInputException($"{at} is not an operator {Name} knows."),
            };
            return Predicates.Compare(member, pair.Key, key, at, context);
        }));
    }

    // A year's own figure (yyyy00) sorts before its January, so a span starting at a year starts there.
    private static int First(ReportingPeriod period) =>
        period.Granularity == PeriodGranularity.Year ? period.Year * 100 : period.FirstMonthKey;

    private static int Stored(object? value, string path)
    {
        var period = Period(value, path);
        return period.Granularity == PeriodGranularity.Quarter
            ? throw new HubUserInputException($"{path}: figures are stored per month or per year, not per quarter (\"{period}\"); use gte/lte for a quarter's months.")
            : period.StorageKey;
    }

    private static ReportingPeriod Period(object? value, string path) => value switch
    {
        ReportingPeriod period => period,
        string text when ReportingPeriod.TryParse(text, out var parsed) => parsed,
        null => throw new HubUserInputException($"{path} needs a period, not null."),
        _ => throw new HubUserInputException($"{path} is not a period: use \"2024\", \"2024-Q4\" or \"2024-11\"."),
    };
}

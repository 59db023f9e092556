using System.Collections;
using System.Linq.Expressions;
using Hub.Data.Model;
using Hub.Schema.Errors;
using Hub.Schema.Filtering;

namespace Hub.Schema.Observations;

public sealed class ObservationFilterInputType : FilterInputGraphType<Observation>
{
    public ObservationFilterInputType()
        : base("ObservationFilterInput", "stored figures")
    {
        Filter<StringOperationFilterInputType>("indicator", o => o.Indicator.Code, "The indicator's code: { in: [\"volunteer_hours\", \"news_articles\"] }.");
        Filter<PeriodOperationFilterInputType>("period", o => o.Period, "The month or year the figure is for: { gte: \"2024-01\", lte: \"2024-06\" }.");
        Condition<IntOperationFilterInputType>("year", "The calendar year of the month or year: { eq: 2024 } is the year's own figure and its months.", Year);
        Filter<EnumOperationFilterInputGraphType<ObservationSourceType>>("source", o => o.Source);
        Filter<EnumOperationFilterInputGraphType<ObservationStatusType>>("status", o => o.Status);
        Filter<IntOperationFilterInputType>("version", o => o.Version);
        Filter<DateTimeOperationFilterInputType>("updatedAt", o => o.UpdatedAt, "When the figure was last stored (UTC).");
    }

    /// <summary>
    /// A year as the range of its period keys (yyyy00 to yyyy12), never as key / 100: MySQL divides integers into
    /// decimals, and a range keeps the period index usable.
    /// </summary>
    private static Expression Year(Expression row, object value, FilterContext context)
    {
        const string path = "where.year";
        var period = Expression.Property(row, nameof(Observation.Period));
        Expression From(int year) => Predicates.Compare(period, "gte", year * 100, path, context);
        Expression To(int year) => Predicates.Compare(period, "lte", (year * 100) + 99, path, context);
        Expression In(int year) => Expression.AndAlso(From(year), To(year));
        Expression AnyOf(object? operand, string operation)
        {
            var years = operand is IEnumerable list and not string
                ? list.Cast<object?>().Select(y => YearOf(y, operation)).ToList()
                : throw new HubUserInputException($"{path}.{operation} takes a list.");
            context.CheckListLength($"{path}.{operation}", years.Count);
            return years.Count == 0 ? Expression.Constant(false) : years.Select(In).Aggregate(Expression.OrElse);
        }

        var operations = value as IDictionary<string, object?> ?? throw new HubUserInputException($"{path} takes an input object.");
        return Predicates.All(operations.Select(pair => pair.Key switch
        {
            "eq" => In(YearOf(pair.Value, pair.Key)),
            "neq" => Expression.Not(In(YearOf(pair.Value, pair.Key))),
            "in" => AnyOf(pair.Value, pair.Key),
            "nin" => Expression.Not(AnyOf(pair.Value, pair.Key)),
            "gte" => From(YearOf(pair.Value, pair.Key)),
            "gt" => From(YearOf(pair.Value, pair.Key) + 1),
            "lte" => To(YearOf(pair.Value, pair.Key)),
            "lt" => To(YearOf(pair.Value, pair.Key) - 1),
            _ => throw new HubUserInputException($"{path}.{pair.Key} is not an operator IntOperationFilterInput knows."),
        }));
    }

    private static int YearOf(object? value, string operation) =>
        value is int year ? year : throw new HubUserInputException($"where.year.{operation} needs a year, not null.");
}

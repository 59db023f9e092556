using GraphQL.Types;
using GraphQLParser.AST;
using Hub.Data.Periods;

namespace Hub.Schema.Scalars;

/// <summary>The <c>Period</c> scalar: "2024", "2024-Q4" or "2024-11" on the Asia/Shanghai calendar.</summary>
public sealed class PeriodGraphType : ScalarGraphType
{
    public PeriodGraphType()
    {
        Name = "Period";
        Description = "A reporting period: a year (\"2024\"), a quarter (\"2024-Q4\") or a month (\"2024-11\"), Asia/Shanghai calendar.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Parse((string)text.Value),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Parse(text),
        ReportingPeriod period => period,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        ReportingPeriod period => period.ToString(),
        string text => Parse(text).ToString(),
        _ => ThrowSerializationError(value),
    };

    private static ReportingPeriod Parse(string text) =>
        ReportingPeriod.TryParse(text, out var period)
            ? period
            : throw new FormatException($"\"{text}\" is not a period: use \"2024\", \"2024-Q4\" or \"2024-11\".");
}

using GraphQL.Types;
using Hub.Schema.Scalars;

namespace Hub.Schema.Indicators;

public sealed class IndicatorValueType : ObjectGraphType<IndicatorValue>
{
    public IndicatorValueType()
    {
        Name = "IndicatorValue";
        Description = "One indicator for one station or region and one period. A missing report is missing, not zero.";
        Field<NonNullGraphType<IndicatorType>>("indicator").Resolve(context => context.Source.Indicator);
        Field<NonNullGraphType<PeriodGraphType>>("period").Resolve(context => context.Source.Period);
        Field<FloatGraphType>("value")
            .Description("Null when no station in scope reported, or when suppressed; null with a FORBIDDEN error when the caller may not read the indicator here.")
            .Resolve(context => IndicatorAccess.Readable(context.Source.Forbidden, context.Source.Indicator) is { } && context.Source.Value is { } value ? (double)value : null);
        Field<DecimalGraphType>("exactValue")
            .Description("The same value as an exact decimal (hours and money).")
            .Resolve(context => IndicatorAccess.Readable(context.Source.Forbidden, context.Source.Indicator) is { } ? context.Source.Value : null);
        Field(v => v.ReportingStations).Description("How many stations the value is built from.");
        Field(v => v.ExpectedStations).Description("How many stations exist in scope.");
        Field(v => v.Suppressed).Description("The value is hidden by small-cell suppression: too few stations or units to publish, or recoverable from published totals.");
    }
}

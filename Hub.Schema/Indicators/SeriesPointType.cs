using GraphQL.Types;
using Hub.Schema.Scalars;

namespace Hub.Schema.Indicators;

public sealed class SeriesPointType : ObjectGraphType<SeriesPoint>
{
    public SeriesPointType()
    {
        Name = "SeriesPoint";
        Description = "One month, quarter or year of a series; value is null where no station reported (a gap, not a zero).";
        Field<NonNullGraphType<PeriodGraphType>>("period").Resolve(context => context.Source.Period);
        Field<FloatGraphType>("value")
            .Description("Null for a gap or a suppressed point; null with a FORBIDDEN error when the caller may not read the indicator here.")
            .Resolve(context => context.Source.Forbidden ? throw IndicatorAccess.ForbiddenError() : (double?)context.Source.Value);
        Field(p => p.ReportingStations).Description("How many stations the value is built from.");
        Field(p => p.ExpectedStations).Description("How many stations exist in scope.");
        Field(p => p.Suppressed).Description("The value is hidden by small-cell suppression.");
    }
}

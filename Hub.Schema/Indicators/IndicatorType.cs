using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Indicators;

public sealed class IndicatorType : ObjectGraphType<Indicator>
{
    public IndicatorType()
    {
        Name = "Indicator";
        Description = "A catalogue entry every station reports against.";
        Field(i => i.Code).Description("Stable code, e.g. volunteer_hours.");
        Field(i => i.Label).Description("Chinese label.");
        Field(i => i.LabelEn).Description("English label.");
        Field(i => i.Unit);
        Field<NonNullGraphType<IndicatorKindType>>("kind").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<SensitivityType>>("sensitivity").Resolve(context => context.Source.Sensitivity);
    }
}

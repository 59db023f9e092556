using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Indicators;

public sealed class IndicatorKindType : EnumerationGraphType<IndicatorKind>
{
    public IndicatorKindType()
    {
        Name = "IndicatorKind";
        Description = "FLOW values are summed over time; STOCK values are the level at the end of the period and never summed over time.";
    }
}

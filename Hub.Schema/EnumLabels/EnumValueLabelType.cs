using GraphQL.Types;

namespace Hub.Schema.EnumLabels;

public sealed class EnumValueLabelType : ObjectGraphType<EnumValueLabel>
{
    public EnumValueLabelType()
    {
        Name = "EnumValueLabel";
        Description = "One enum value and what people read for it.";
        Field(l => l.Value).Description("The value as the schema spells it (EMPTY_NEST_ELDERLY).");
        Field(l => l.Zh).Description("The Chinese label (空巢老人).");
        Field(l => l.En).Description("The English label (Empty-nest older people).");
    }
}

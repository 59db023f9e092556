using GraphQL.Types;

namespace Hub.Schema.EnumLabels;

public sealed class EnumLabelSetType : ObjectGraphType<EnumLabelSet>
{
    public EnumLabelSetType()
    {
        Name = "EnumLabelSet";
        Description = "An enum whose values people see, with a Chinese and an English label for each.";
        Field(e => e.Name).Description("The enum's name in the schema (TargetGroup).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumValueLabelType>>>>("values").Resolve(context => context.Source.Values);
    }
}

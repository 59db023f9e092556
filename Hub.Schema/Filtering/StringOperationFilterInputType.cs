using GraphQL.Types;

namespace Hub.Schema.Filtering;

public sealed class StringOperationFilterInputType : OperationFilterInputGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text. contains/startsWith/endsWith ignore the case of Latin letters on every database; eq/in follow the database's collation.";
        AddEqualityOperators<StringGraphType>("text");
        Field<StringGraphType>("contains").Description("Contains the text (wildcards are taken literally).");
        Field<StringGraphType>("startsWith").Description("Starts with the text.");
        Field<StringGraphType>("endsWith").Description("Ends with the text.");
    }
}

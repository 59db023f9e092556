using GraphQL.Types;

namespace Hub.Schema.Filtering;

public sealed class DateTimeOperationFilterInputType : OperationFilterInputGraphType
{
    public DateTimeOperationFilterInputType()
    {
        Name = "DateTimeOperationFilterInput";
        AddEqualityOperators<DateTimeGraphType>("instant");
        AddRangeOperators<DateTimeGraphType>("instant");
    }
}

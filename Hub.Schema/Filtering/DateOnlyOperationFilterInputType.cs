using GraphQL.Types;

namespace Hub.Schema.Filtering;

public sealed class DateOnlyOperationFilterInputType : OperationFilterInputGraphType
{
    public DateOnlyOperationFilterInputType()
    {
        Name = "DateOnlyOperationFilterInput";
        AddEqualityOperators<DateOnlyGraphType>("date");
        AddRangeOperators<DateOnlyGraphType>("date");
    }
}

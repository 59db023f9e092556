using GraphQL.Types;

namespace Hub.Schema.Filtering;

public sealed class IntOperationFilterInputType : OperationFilterInputGraphType
{
    public IntOperationFilterInputType()
    {
        Name = "IntOperationFilterInput";
        AddEqualityOperators<IntGraphType>("number");
        AddRangeOperators<IntGraphType>("number");
    }
}

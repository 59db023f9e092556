using GraphQL.Types;

namespace Hub.Schema.Filtering;

public sealed class DecimalOperationFilterInputType : OperationFilterInputGraphType
{
    public DecimalOperationFilterInputType()
    {
        Name = "DecimalOperationFilterInput";
        AddEqualityOperators<DecimalGraphType>("number");
        AddRangeOperators<DecimalGraphType>("number");
    }
}

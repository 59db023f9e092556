using GraphQL.Types;

namespace Hub.Schema.Filtering;

/// <summary><c>XOperationFilterInput { eq neq in nin }</c> for the enum X.</summary>
public sealed class EnumOperationFilterInputGraphType<TEnumType> : OperationFilterInputGraphType
    where TEnumType : EnumerationGraphType, new()
{
    public EnumOperationFilterInputGraphType()
    {
        Name = $"{new TEnumType().Name}OperationFilterInput";
        AddEqualityOperators<TEnumType>("value");
    }
}

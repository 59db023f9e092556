using GraphQL.Types;

namespace Hub.Schema.Sorting;

public sealed class SortEnumType : EnumerationGraphType<SortDirection>
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "ASC: smallest first (nulls first); DESC: largest first (nulls last).";
    }
}

using GraphQL.Types;

namespace Hub.Schema.Comparisons;

public sealed class ComparisonLevelType : EnumerationGraphType<ComparisonLevel>
{
    public ComparisonLevelType()
    {
        Name = "ComparisonLevel";
        Description = "What the rows of a comparison are: each station, or each street (街道/乡镇), district (区/县) or city inside the region.";
    }
}

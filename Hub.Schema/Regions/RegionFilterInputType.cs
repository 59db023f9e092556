using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Errors;
using Hub.Schema.Filtering;

namespace Hub.Schema.Regions;

public sealed class RegionFilterInputType : FilterInputGraphType<Region>
{
    public RegionFilterInputType()
        : base("RegionFilterInput", "regions")
    {
        Id("Region", r => r.Id);
        Filter<StringOperationFilterInputType>("code", r => r.Code);
        Filter<StringOperationFilterInputType>("name", r => r.Name);
        Filter<EnumOperationFilterInputGraphType<RegionLevelType>>("level", r => r.Level);
        Relation<RegionFilterInputType>("parent", r => r.Parent);
        Filter<IntOperationFilterInputType>("population", r => r.Population);
        Filter<IntOperationFilterInputType>("households", r => r.Households);
        Condition<StringGraphType>("within", "The region is the region with this code or lies inside it, at any depth.",
            (row, value, context) => value is string { Length: > 0 } code
                ? RegionSubtree.Contains(System.Linq.Expressions.Expression.Property(row, nameof(Region.Id)), code, context.Db)
                : throw new HubUserInputException("\"within\" takes a region code."));
    }
}

using Hub.Data.Model;
using Hub.Schema.Sorting;

namespace Hub.Schema.Regions;

public sealed class RegionSortInputType : SortInputGraphType<Region>
{
    public RegionSortInputType()
        : base("RegionSortInput", "regions", r => r.Id, SortKey.Ascending<Region, string>(r => r.Code))
    {
        Sort("code", r => r.Code);
        Sort("name", r => r.Name);
        Sort("level", r => r.Level);
        Sort("population", r => r.Population);
        Sort("households", r => r.Households);
        SortThrough<RegionSortInputType>("parent", r => r.Parent);
    }
}

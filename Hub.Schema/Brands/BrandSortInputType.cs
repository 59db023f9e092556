using Hub.Data.Model;
using Hub.Schema.Sorting;
using Hub.Schema.Stations;

namespace Hub.Schema.Brands;

public sealed class BrandSortInputType : SortInputGraphType<Brand>
{
    public BrandSortInputType()
        : base("BrandSortInput", "brands", b => b.Id, SortKey.Ascending<Brand, string>(b => b.Name))
    {
        Sort("name", b => b.Name);
        Sort("launchedOn", b => b.LaunchedOn);
        SortThrough<StationSortInputType>("station", b => b.Station);
    }
}

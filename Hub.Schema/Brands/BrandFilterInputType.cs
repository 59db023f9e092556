using Hub.Data.Model;
using Hub.Schema.Filtering;
using Hub.Schema.Projects;
using Hub.Schema.Stations;

namespace Hub.Schema.Brands;

public sealed class BrandFilterInputType : FilterInputGraphType<Brand>
{
    public BrandFilterInputType()
        : base("BrandFilterInput", "brands")
    {
        Id("Brand", b => b.Id);
        Filter<StringOperationFilterInputType>("name", b => b.Name);
        Filter<DateOnlyOperationFilterInputType>("launchedOn", b => b.LaunchedOn);
        Filter<EnumOperationFilterInputGraphType<VisibilityType>>("visibility", b => b.Visibility);
        Relation<StationFilterInputType>("station", b => b.Station);
        Relations<ProjectFilterInputType, Project>("projects", b => b.Projects);
    }
}

using Hub.Data.Model;
using Hub.Schema.Brands;
using Hub.Schema.Sorting;
using Hub.Schema.Stations;

namespace Hub.Schema.Projects;

public sealed class ProjectSortInputType : SortInputGraphType<Project>
{
    public ProjectSortInputType()
        : base("ProjectSortInput", "projects", p => p.Id, SortKey.Ascending<Project, string>(p => p.Name))
    {
        Sort("name", p => p.Name);
        Sort("kind", p => p.Kind);
        Sort("startsOn", p => p.StartsOn);
        Sort("endsOn", p => p.EndsOn);
        Sort("funding", p => p.Funding);
        Sort("status", p => p.Status);
        SortThrough<StationSortInputType>("station", p => p.Station);
        SortThrough<BrandSortInputType>("brand", p => p.Brand);
    }
}

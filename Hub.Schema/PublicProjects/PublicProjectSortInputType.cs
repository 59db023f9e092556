using Hub.Schema.Sorting;

namespace Hub.Schema.PublicProjects;

public sealed class PublicProjectSortInputType : SortInputGraphType<PublicProject>
{
    public PublicProjectSortInputType()
        : base("PublicProjectSortInput", "public projects", p => p.Id, SortKey.Ascending<PublicProject, string>(p => p.Name))
    {
        Sort("name", p => p.Name);
        Sort("stationName", p => p.StationName);
        Sort("districtName", p => p.DistrictName);
        Sort("startsOn", p => p.StartsOn);
        Sort("endsOn", p => p.EndsOn);
    }
}

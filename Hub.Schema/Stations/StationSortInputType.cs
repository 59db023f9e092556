using Hub.Data.Model;
using Hub.Schema.Organizations;
using Hub.Schema.Regions;
using Hub.Schema.Sorting;

namespace Hub.Schema.Stations;

public sealed class StationSortInputType : SortInputGraphType<Station>
{
    public StationSortInputType()
        : base("StationSortInput", "stations", s => s.Id, SortKey.Ascending<Station, string>(s => s.Name))
    {
        Sort("name", s => s.Name);
        Sort("code", s => s.Code);
        Sort("kind", s => s.Kind);
        Sort("status", s => s.Status);
        Sort("opened", s => s.Opened);
        Sort("floorAreaM2", s => s.FloorAreaM2);
        Sort("staffCount", s => s.StaffCount);
        Sort("certifiedStaffCount", s => s.CertifiedStaffCount);
        SortThrough<RegionSortInputType>("region", s => s.Region);
        SortThrough<RegionSortInputType>("district", s => s.District);
        SortThrough<OrganizationSortInputType>("operator", s => s.Operator);
    }
}

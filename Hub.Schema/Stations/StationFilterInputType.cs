using Hub.Data.Model;
using Hub.Schema.Brands;
using Hub.Schema.Filtering;
using Hub.Schema.Organizations;
using Hub.Schema.Projects;
using Hub.Schema.Regions;

namespace Hub.Schema.Stations;

public sealed class StationFilterInputType : FilterInputGraphType<Station>
{
    public StationFilterInputType()
        : base("StationFilterInput", "stations")
    {
        Id("Station", s => s.Id);
        Filter<StringOperationFilterInputType>("name", s => s.Name);
        Filter<StringOperationFilterInputType>("code", s => s.Code, "The station code, upper case; startsWith: \"370102\" finds the stations whose code begins with a district's digits.");
        Filter<EnumOperationFilterInputGraphType<StationKindType>>("kind", s => s.Kind);
        Filter<EnumOperationFilterInputGraphType<StationStatusType>>("status", s => s.Status);
        Relation<RegionFilterInputType>("region", s => s.Region,
            "The station's own region; { region: { within: \"<code>\" } } selects every station inside a district, city or province.");
        Relation<RegionFilterInputType>("district", s => s.District);
        Relation<OrganizationFilterInputType>("operator", s => s.Operator);
        Relation<OrganizationFilterInputType>("funder", s => s.Funder);
        Filter<StringOperationFilterInputType>("opened", s => s.Opened, "Opening month or year as text (\"2021-11\"); startsWith: \"2021\" finds a year.");
        Filter<DecimalOperationFilterInputType>("floorAreaM2", s => s.FloorAreaM2);
        Filter<IntOperationFilterInputType>("staffCount", s => s.StaffCount);
        Filter<IntOperationFilterInputType>("certifiedStaffCount", s => s.CertifiedStaffCount);
        Relations<BrandFilterInputType, Brand>("brands", s => s.Brands);
        Relations<ProjectFilterInputType, Project>("projects", s => s.Projects);
    }
}

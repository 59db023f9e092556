using Hub.Data.Model;
using Hub.Schema.Brands;
using Hub.Schema.Filtering;
using Hub.Schema.Partners;
using Hub.Schema.Regions;
using Hub.Schema.Stations;

namespace Hub.Schema.Projects;

public sealed class ProjectFilterInputType : FilterInputGraphType<Project>
{
    public ProjectFilterInputType()
        : base("ProjectFilterInput", "projects")
    {
        Id("Project", p => p.Id);
        Filter<StringOperationFilterInputType>("name", p => p.Name);
        Filter<EnumOperationFilterInputGraphType<ProjectKindType>>("kind", p => p.Kind);
        Relation<StationFilterInputType>("station", p => p.Station);
        Relation<BrandFilterInputType>("brand", p => p.Brand);
        Filter<FlagsOperationFilterInputGraphType<TargetGroupType>>("targetGroups", p => p.TargetGroups);
        Filter<FlagsOperationFilterInputGraphType<ServiceAreaType>>("serviceAreas", p => p.ServiceAreas);
        Filter<FlagsOperationFilterInputGraphType<ContributionKindType>>("supportSought", p => p.SupportSought);
        Relations<RegionFilterInputType, Region>("communities", p => p.Communities);
        Filter<DateOnlyOperationFilterInputType>("startsOn", p => p.StartsOn);
        Filter<DateOnlyOperationFilterInputType>("endsOn", p => p.EndsOn);
        Filter<DecimalOperationFilterInputType>("funding", p => p.Funding);
        Filter<EnumOperationFilterInputGraphType<ProjectStatusType>>("status", p => p.Status);
        Filter<EnumOperationFilterInputGraphType<VisibilityType>>("visibility", p => p.Visibility);
    }
}

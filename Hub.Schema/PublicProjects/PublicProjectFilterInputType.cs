using Hub.Schema.Filtering;
using Hub.Schema.Partners;
using Hub.Schema.Projects;

namespace Hub.Schema.PublicProjects;

public sealed class PublicProjectFilterInputType : FilterInputGraphType<PublicProject>
{
    public PublicProjectFilterInputType()
        : base("PublicProjectFilterInput", "public projects")
    {
        Id("Project", p => p.Id);
        Filter<StringOperationFilterInputType>("name", p => p.Name);
        Filter<StringOperationFilterInputType>("stationName", p => p.StationName);
        Filter<StringOperationFilterInputType>("brandName", p => p.BrandName);
        Filter<StringOperationFilterInputType>("districtName", p => p.DistrictName);
        Filter<StringOperationFilterInputType>("districtCode", p => p.DistrictCode, "The district's 12-digit code; { startsWith: \"3701\" } is a city.");
        Filter<FlagsOperationFilterInputGraphType<TargetGroupType>>("targetGroups", p => p.TargetGroups);
        Filter<FlagsOperationFilterInputGraphType<ServiceAreaType>>("serviceAreas", p => p.ServiceAreas);
        Filter<FlagsOperationFilterInputGraphType<ContributionKindType>>("supportSought", p => p.SupportSought);
        Filter<DateOnlyOperationFilterInputType>("startsOn", p => p.StartsOn);
        Filter<DateOnlyOperationFilterInputType>("endsOn", p => p.EndsOn);
        Filter<EnumOperationFilterInputGraphType<ProjectStatusType>>("status", p => p.Status);
    }
}

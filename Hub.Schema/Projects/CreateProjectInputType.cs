using GraphQL.Types;
using Hub.Data.Projects;
using Hub.Schema.Mutation;
using Hub.Schema.Partners;

namespace Hub.Schema.Projects;

public sealed class CreateProjectInputType : RecordInputGraphType<CreateProjectInput>
{
    public CreateProjectInputType()
    {
        Name = "CreateProjectInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description($"1 to {ProjectRegistry.MaxNameLength} characters.");
        IdField("stationId", "Station", required: true);
        Field<ProjectKindType>("kind").Description("PROJECT unless given.");
        IdField("brandId", "Brand").Description("One of the station's own brands.");
        Field<StringGraphType>("summary");
        Field<ListGraphType<NonNullGraphType<TargetGroupType>>>("targetGroups");
        Field<ListGraphType<NonNullGraphType<ServiceAreaType>>>("serviceAreas");
        Field<ListGraphType<NonNullGraphType<ContributionKindType>>>("supportSought").Description("Kinds of support the project seeks from partners.");
        IdListField("communityIds", "Region").Description($"Communities (社区/村) within the station's region that the project serves, at most {ProjectRegistry.MaxCommunities}.");
        Field<DateOnlyGraphType>("startsOn");
        Field<DateOnlyGraphType>("endsOn").Description("Not before startsOn.");
        Field<DecimalGraphType>("funding").Description("Yuan, at most two decimal places.");
        Field<ProjectStatusType>("status");
        Field<VisibilityType>("visibility").Description("PUBLIC unless given; a public open project is listed in publicProjects.");
        Field<ListGraphType<NonNullGraphType<ProjectComponentInputType>>>("components").Description($"At most {ProjectRegistry.MaxComponents}, in the order they are shown.");
        Field<ListGraphType<NonNullGraphType<ProjectResultInputType>>>("results").Description($"At most {ProjectRegistry.MaxResults}.");
    }
}

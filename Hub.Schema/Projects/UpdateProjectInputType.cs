using GraphQL.Types;
using Hub.Data.Projects;
using Hub.Schema.Mutation;
using Hub.Schema.Partners;

namespace Hub.Schema.Projects;

public sealed class UpdateProjectInputType : RecordInputGraphType<UpdateProjectInput>
{
    public UpdateProjectInputType()
    {
        Name = "UpdateProjectInput";
        Description = "A patch: a field left out stays as it is, an explicit null clears it; a list sent replaces the whole list. A project stays with its station.";
        IdField("id", "Project", required: true);
        Field<StringGraphType>("name");
        Field<ProjectKindType>("kind");
        IdField("brandId", "Brand");
        Field<StringGraphType>("summary");
        Field<ListGraphType<NonNullGraphType<TargetGroupType>>>("targetGroups");
        Field<ListGraphType<NonNullGraphType<ServiceAreaType>>>("serviceAreas");
        Field<ListGraphType<NonNullGraphType<ContributionKindType>>>("supportSought");
        IdListField("communityIds", "Region");
        Field<DateOnlyGraphType>("startsOn");
        Field<DateOnlyGraphType>("endsOn");
        Field<DecimalGraphType>("funding");
        Field<ProjectStatusType>("status");
        Field<VisibilityType>("visibility");
        Field<ListGraphType<NonNullGraphType<ProjectComponentInputType>>>("components");
        Field<ListGraphType<NonNullGraphType<ProjectResultInputType>>>("results");
    }
}

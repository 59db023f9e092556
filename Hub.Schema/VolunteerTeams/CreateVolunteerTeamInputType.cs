using GraphQL.Types;
using Hub.Data.VolunteerTeams;
using Hub.Schema.Mutation;

namespace Hub.Schema.VolunteerTeams;

public sealed class CreateVolunteerTeamInputType : RecordInputGraphType<CreateVolunteerTeamInput>
{
    public CreateVolunteerTeamInputType()
    {
        Name = "CreateVolunteerTeamInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description($"1 to {VolunteerTeamRegistry.MaxNameLength} characters.");
        IdField("stationId", "Station", required: true);
        IdField("communityId", "Region").Description("The station's region or a community within it, where the team serves.");
        Field<StringGraphType>("focus").Description("What the team does (助老, 儿童 …).");
        Field<IntGraphType>("members").Description("Registered members.");
        Field<StringGraphType>("founded").Description("Founding year or month (\"2024\", \"2024-03\").");
    }
}

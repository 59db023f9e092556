using GraphQL.Types;
using Hub.Data.VolunteerTeams;
using Hub.Schema.Mutation;

namespace Hub.Schema.VolunteerTeams;

public sealed class UpdateVolunteerTeamInputType : RecordInputGraphType<UpdateVolunteerTeamInput>
{
    public UpdateVolunteerTeamInputType()
    {
        Name = "UpdateVolunteerTeamInput";
        Description = "A patch: a field left out stays as it is, an explicit null clears it. A team stays with its station.";
        IdField("id", "VolunteerTeam", required: true);
        Field<StringGraphType>("name");
        IdField("communityId", "Region");
        Field<StringGraphType>("focus");
        Field<IntGraphType>("members");
        Field<StringGraphType>("founded");
    }
}

using GraphQL;
using GraphQL.Types;
using Hub.Data.Model;
using Hub.Data.VolunteerTeams;
using Hub.Schema.Access;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;

namespace Hub.Schema.VolunteerTeams;

public static class VolunteerTeamMutations
{
    public static void AddVolunteerTeamMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<VolunteerTeamPayloadType>>("createVolunteerTeam")
            .StationStaffMayWrite()
            .Description("Registers a volunteer team of a station: ADMIN any station, station staff their own.")
            .Argument<NonNullGraphType<CreateVolunteerTeamInputType>>("input")
            .ResolveAsync(async context => new WritePayload<VolunteerTeam>(
                await context.Service<VolunteerTeamRegistry>().CreateAsync(context.GetArgument<CreateVolunteerTeamInput>("input"), context.CancellationToken)));

        mutation.Field<NonNullGraphType<VolunteerTeamPayloadType>>("updateVolunteerTeam")
            .StationStaffMayWrite()
            .Description("Changes a volunteer team (a patch): ADMIN any station's, station staff their own station's.")
            .Argument<NonNullGraphType<UpdateVolunteerTeamInputType>>("input")
            .ResolveAsync(async context => new WritePayload<VolunteerTeam>(
                await context.Service<VolunteerTeamRegistry>().UpdateAsync(context.GetArgument<UpdateVolunteerTeamInput>("input"), context.CancellationToken)));
    }
}

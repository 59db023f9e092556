using GraphQL;
using GraphQL.Types;
using Hub.Data.Model;
using Hub.Data.Stations;
using Hub.Schema.Access;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;

namespace Hub.Schema.Stations;

public static class StationMutations
{
    public static void AddStationMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<StationPayloadType>>("createStation")
            .Description("Registers a station (ADMIN).")
            .Argument<NonNullGraphType<CreateStationInputType>>("input")
            .ResolveAsync(async context => new WritePayload<Station>(
                await context.Service<StationRegistry>().CreateAsync(context.GetArgument<CreateStationInput>("input"), context.CancellationToken)));

        mutation.Field<NonNullGraphType<StationPayloadType>>("updateStation")
            .StationStaffMayWrite()
            .Description("Changes a station: ADMIN any field, station staff the descriptive fields of their own station. Closing is an update to status CLOSED with closedOn.")
            .Argument<NonNullGraphType<UpdateStationInputType>>("input")
            .ResolveAsync(async context => new WritePayload<Station>(
                await context.Service<StationRegistry>().UpdateAsync(context.GetArgument<UpdateStationInput>("input"), context.CancellationToken)));
    }
}

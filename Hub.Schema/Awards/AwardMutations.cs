using GraphQL;
using GraphQL.Types;
using Hub.Data.Awards;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;
using Hub.Schema.Relay;

namespace Hub.Schema.Awards;

public static class AwardMutations
{
    public static void AddAwardMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<AwardPayloadType>>("createAward")
            .StationStaffMayWrite()
            .Description("Records an award of a station or one of its projects: ADMIN any station, station staff their own.")
            .Argument<NonNullGraphType<CreateAwardInputType>>("input")
            .ResolveAsync(async context => new WritePayload<Award>(
                await context.Service<AwardRegistry>().CreateAsync(context.GetArgument<CreateAwardInput>("input"), context.CancellationToken)));

        mutation.Field<NonNullGraphType<AwardPayloadType>>("updateAward")
            .StationStaffMayWrite()
            .Description("Changes an award (a patch): ADMIN any station's, station staff their own station's.")
            .Argument<NonNullGraphType<UpdateAwardInputType>>("input")
            .ResolveAsync(async context => new WritePayload<Award>(
                await context.Service<AwardRegistry>().UpdateAsync(context.GetArgument<UpdateAwardInput>("input"), context.CancellationToken)));

        mutation.Field<NonNullGraphType<AwardPayloadType>>("deleteAward")
            .StationStaffMayWrite()
            .Description("Deletes an award: ADMIN any station's, station staff their own station's. Answers the award as it was.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => new WritePayload<Award>(
                await context.Service<AwardRegistry>().DeleteAsync(GlobalId.Expect(context.GetArgument<string>("id"), "Award"), context.CancellationToken)));
    }
}

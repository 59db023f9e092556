using GraphQL;
using GraphQL.Types;
using Hub.Data.Awards;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;

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
    }
}

using GraphQL;
using GraphQL.Types;
using Hub.Data.CommunityFunds;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;
using Hub.Schema.Relay;

namespace Hub.Schema.CommunityFunds;

public static class CommunityFundMutations
{
    public static void AddCommunityFundMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<CommunityFundPayloadType>>("createCommunityFund")
            .StationStaffMayWrite()
            .Description("Registers a community fund of a station: ADMIN any station, station staff their own.")
            .Argument<NonNullGraphType<CreateCommunityFundInputType>>("input")
            .ResolveAsync(async context => new WritePayload<CommunityFund>(
                await context.Service<CommunityFundRegistry>().CreateAsync(context.GetArgument<CreateCommunityFundInput>("input"), context.CancellationToken)));

        mutation.Field<NonNullGraphType<CommunityFundPayloadType>>("updateCommunityFund")
            .StationStaffMayWrite()
            .Description("Changes a community fund (a patch): ADMIN any station's, station staff their own station's.")
            .Argument<NonNullGraphType<UpdateCommunityFundInputType>>("input")
            .ResolveAsync(async context => new WritePayload<CommunityFund>(
                await context.Service<CommunityFundRegistry>().UpdateAsync(context.GetArgument<UpdateCommunityFundInput>("input"), context.CancellationToken)));

        mutation.Field<NonNullGraphType<CommunityFundPayloadType>>("deleteCommunityFund")
            .StationStaffMayWrite()
            .Description("Deletes a community fund: ADMIN any station's, station staff their own station's. Answers the fund as it was.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => new WritePayload<CommunityFund>(
                await context.Service<CommunityFundRegistry>().DeleteAsync(GlobalId.Expect(context.GetArgument<string>("id"), "CommunityFund"), context.CancellationToken)));
    }
}

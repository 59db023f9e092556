using GraphQL;
using GraphQL.Types;
using Hub.Data.CommunityFunds;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;

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
    }
}

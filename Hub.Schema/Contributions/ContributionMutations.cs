using GraphQL;
using GraphQL.Types;
using Hub.Data.Contributions;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;

namespace Hub.Schema.Contributions;

public static class ContributionMutations
{
    public static void AddContributionMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<ContributionPayloadType>>("createContribution")
            .StationStaffMayWrite()
            .Description("Records what a partner gave a station or one of its projects: ADMIN any station, station staff their own.")
            .Argument<NonNullGraphType<CreateContributionInputType>>("input")
            .ResolveAsync(async context => new WritePayload<Contribution>(
                await context.Service<ContributionRegistry>().CreateAsync(context.GetArgument<CreateContributionInput>("input"), context.CancellationToken)));

        mutation.Field<NonNullGraphType<ContributionPayloadType>>("updateContribution")
            .StationStaffMayWrite()
            .Description("Changes a contribution (a patch): ADMIN any station's, station staff their own station's.")
            .Argument<NonNullGraphType<UpdateContributionInputType>>("input")
            .ResolveAsync(async context => new WritePayload<Contribution>(
                await context.Service<ContributionRegistry>().UpdateAsync(context.GetArgument<UpdateContributionInput>("input"), context.CancellationToken)));
    }
}

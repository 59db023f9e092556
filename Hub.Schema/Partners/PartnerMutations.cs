using GraphQL;
using GraphQL.Types;
using Hub.Data.Model;
using Hub.Data.Partners;
using Hub.Schema.Access;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;
using Hub.Schema.Relay;

namespace Hub.Schema.Partners;

public static class PartnerMutations
{
    public static void AddPartnerMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<PartnerPayloadType>>("createPartner")
            .StationStaffMayWrite()
            .Description("Registers a resource partner that works with a station: ADMIN any station, station staff their own.")
            .Argument<NonNullGraphType<CreatePartnerInputType>>("input")
            .ResolveAsync(async context => new WritePayload<ResourcePartner>(
                await context.Service<PartnerRegistry>().CreateAsync(context.GetArgument<CreatePartnerInput>("input"), context.CancellationToken)));

        mutation.Field<NonNullGraphType<PartnerPayloadType>>("updatePartner")
            .StationStaffMayWrite()
            .Description("Changes a resource partner (a patch): ADMIN any, station staff one that works with their station only.")
            .Argument<NonNullGraphType<UpdatePartnerInputType>>("input")
            .ResolveAsync(async context => new WritePayload<ResourcePartner>(
                await context.Service<PartnerRegistry>().UpdateAsync(context.GetArgument<UpdatePartnerInput>("input"), context.CancellationToken)));

        mutation.Field<NonNullGraphType<PartnerPayloadType>>("deletePartner")
            .StationStaffMayWrite()
            .Description("Deletes a resource partner and its links to stations; one that contributions, activities or community funds name is an IN_USE error. Answers the partner as it was.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => new WritePayload<ResourcePartner>(
                await context.Service<PartnerRegistry>().DeleteAsync(GlobalId.Expect(context.GetArgument<string>("id"), "ResourcePartner"), context.CancellationToken)));
    }
}

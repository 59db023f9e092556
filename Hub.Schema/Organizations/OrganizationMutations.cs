using GraphQL;
using GraphQL.Types;
using Hub.Data.Model;
using Hub.Data.Organizations;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;

namespace Hub.Schema.Organizations;

public static class OrganizationMutations
{
    public static void AddOrganizationMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<OrganizationPayloadType>>("createOrganization")
            .Description("Registers an organisation that runs or funds stations (ADMIN).")
            .Argument<NonNullGraphType<CreateOrganizationInputType>>("input")
            .ResolveAsync(async context => new WritePayload<Organization>(
                await context.Service<OrganizationRegistry>().CreateAsync(context.GetArgument<CreateOrganizationInput>("input"), context.CancellationToken)));

        mutation.Field<NonNullGraphType<OrganizationPayloadType>>("updateOrganization")
            .Description("Changes an organisation (ADMIN); a patch.")
            .Argument<NonNullGraphType<UpdateOrganizationInputType>>("input")
            .ResolveAsync(async context => new WritePayload<Organization>(
                await context.Service<OrganizationRegistry>().UpdateAsync(context.GetArgument<UpdateOrganizationInput>("input"), context.CancellationToken)));
    }
}

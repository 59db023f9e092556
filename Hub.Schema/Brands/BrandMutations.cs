using GraphQL;
using GraphQL.Types;
using Hub.Data.Brands;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;
using Hub.Schema.Relay;

namespace Hub.Schema.Brands;

public static class BrandMutations
{
    public static void AddBrandMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<BrandPayloadType>>("createBrand")
            .StationStaffMayWrite()
            .Description("Adds a brand to a station: ADMIN any station, station staff their own.")
            .Argument<NonNullGraphType<CreateBrandInputType>>("input")
            .ResolveAsync(async context => new WritePayload<Brand>(
                await context.Service<BrandRegistry>().CreateAsync(context.GetArgument<CreateBrandInput>("input"), context.CancellationToken)));

        mutation.Field<NonNullGraphType<BrandPayloadType>>("updateBrand")
            .StationStaffMayWrite()
            .Description("Changes a brand (a patch): ADMIN any station's, station staff their own station's.")
            .Argument<NonNullGraphType<UpdateBrandInputType>>("input")
            .ResolveAsync(async context => new WritePayload<Brand>(
                await context.Service<BrandRegistry>().UpdateAsync(context.GetArgument<UpdateBrandInput>("input"), context.CancellationToken)));

        mutation.Field<NonNullGraphType<BrandPayloadType>>("deleteBrand")
            .StationStaffMayWrite()
            .Description("Deletes a brand no project carries; one that projects carry is an IN_USE error. Answers the brand as it was.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => new WritePayload<Brand>(
                await context.Service<BrandRegistry>().DeleteAsync(GlobalId.Expect(context.GetArgument<string>("id"), "Brand"), context.CancellationToken)));
    }
}

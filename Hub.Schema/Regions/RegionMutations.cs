using GraphQL;
using GraphQL.Types;
using Hub.Data.Model;
using Hub.Data.Regions;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;

namespace Hub.Schema.Regions;

public static class RegionMutations
{
    public static void AddRegionMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<RegionPayloadType>>("createRegion")
            .Description("Adds a community or village under a street or township (ADMIN), with its place in the tree; the next request sees it.")
            .Argument<NonNullGraphType<CreateRegionInputType>>("input")
            .ResolveAsync(async context => new WritePayload<Region>(
                await context.Service<RegionRegistry>().CreateAsync(context.GetArgument<CreateRegionInput>("input"), context.CancellationToken)));

        mutation.Field<NonNullGraphType<RegionPayloadType>>("updateRegion")
            .Description("Changes a region's population, households and area (ADMIN); a patch.")
            .Argument<NonNullGraphType<UpdateRegionInputType>>("input")
            .ResolveAsync(async context => new WritePayload<Region>(
                await context.Service<RegionRegistry>().UpdateAsync(context.GetArgument<UpdateRegionInput>("input"), context.CancellationToken)));
    }
}

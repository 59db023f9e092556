using GraphQL.Types;
using Hub.Data.Regions;
using Hub.Schema.Mutation;

namespace Hub.Schema.Regions;

public sealed class UpdateRegionInputType : RecordInputGraphType<UpdateRegionInput>
{
    public UpdateRegionInputType()
    {
        Name = "UpdateRegionInput";
        Description = "A patch of a region's statistics: a field left out stays as it is, an explicit null clears it. The region's own figure: the regions above it keep theirs.";
        IdField("id", "Region", required: true);
        Field<IntGraphType>("population").Description("Per-10,000-resident figures use it from the next request on.");
        Field<IntGraphType>("households").Description("At most the population.");
        Field<DecimalGraphType>("areaKm2").Description("Area in km², at most four decimal places.");
    }
}

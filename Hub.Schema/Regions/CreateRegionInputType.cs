using GraphQL.Types;
using Hub.Data.Regions;
using Hub.Schema.Mutation;

namespace Hub.Schema.Regions;

public sealed class CreateRegionInputType : RecordInputGraphType<CreateRegionInput>
{
    public CreateRegionInputType()
    {
        Name = "CreateRegionInput";
        Description = "A new community or village (level COMMUNITY) under a street or township.";
        IdField("parentId", "Region", required: true).Description("The street or township (level STREET) it lies in.");
        Field<NonNullGraphType<StringGraphType>>("code").Description($"12 digits: the street's first {RegionRegistry.StreetPrefixLength} and a village number 001 to 999; unique.");
        Field<NonNullGraphType<StringGraphType>>("name").Description($"1 to {RegionRegistry.MaxNameLength} characters, unique under its street.");
        Field<IntGraphType>("population");
        Field<IntGraphType>("households").Description("At most the population.");
        Field<DecimalGraphType>("areaKm2").Description("Area in km², at most four decimal places.");
    }
}

using GraphQL.Types;
using Hub.Data.Brands;
using Hub.Schema.Mutation;
using Hub.Schema.Projects;

namespace Hub.Schema.Brands;

public sealed class CreateBrandInputType : RecordInputGraphType<CreateBrandInput>
{
    public CreateBrandInputType()
    {
        Name = "CreateBrandInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description($"1 to {BrandRegistry.MaxNameLength} characters, unique within the station.");
        IdField("stationId", "Station", required: true);
        Field<DateOnlyGraphType>("launchedOn");
        Field<StringGraphType>("description");
        Field<VisibilityType>("visibility").Description("PUBLIC unless given.");
    }
}

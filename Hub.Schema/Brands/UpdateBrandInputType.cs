using GraphQL.Types;
using Hub.Data.Brands;
using Hub.Schema.Mutation;
using Hub.Schema.Projects;

namespace Hub.Schema.Brands;

public sealed class UpdateBrandInputType : RecordInputGraphType<UpdateBrandInput>
{
    public UpdateBrandInputType()
    {
        Name = "UpdateBrandInput";
        Description = "A patch: a field left out stays as it is, an explicit null clears it. A brand stays with its station.";
        IdField("id", "Brand", required: true);
        Field<StringGraphType>("name");
        Field<DateOnlyGraphType>("launchedOn");
        Field<StringGraphType>("description");
        Field<VisibilityType>("visibility");
    }
}

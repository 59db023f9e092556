using GraphQL.Types;
using Hub.Data.Partners;
using Hub.Schema.Mutation;

namespace Hub.Schema.Partners;

public sealed class UpdatePartnerInputType : RecordInputGraphType<UpdatePartnerInput>
{
    public UpdatePartnerInputType()
    {
        Name = "UpdatePartnerInput";
        Description = "A patch: a field left out stays as it is, an explicit null clears it (name and kind may not be cleared). The stations the partner works with stay as they are.";
        IdField("id", "ResourcePartner", required: true);
        Field<StringGraphType>("name");
        Field<PartnerKindType>("kind");
        Field<StringGraphType>("creditCode");
        Field<StringGraphType>("description");
        IdField("regionId", "Region");
    }
}

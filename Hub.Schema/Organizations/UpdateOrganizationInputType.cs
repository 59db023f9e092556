using GraphQL.Types;
using Hub.Data.Organizations;
using Hub.Schema.Mutation;

namespace Hub.Schema.Organizations;

public sealed class UpdateOrganizationInputType : RecordInputGraphType<UpdateOrganizationInput>
{
    public UpdateOrganizationInputType()
    {
        Name = "UpdateOrganizationInput";
        Description = "A patch: a field left out stays as it is, an explicit null clears it.";
        IdField("id", "Organization", required: true);
        Field<StringGraphType>("name");
        Field<OrganizationKindType>("kind");
        Field<StringGraphType>("creditCode");
        Field<StringGraphType>("founded");
        Field<StringGraphType>("legalForm");
        Field<StringGraphType>("description");
        IdField("regionId", "Region");
    }
}

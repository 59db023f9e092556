using GraphQL.Types;
using Hub.Data.Organizations;
using Hub.Schema.Mutation;

namespace Hub.Schema.Organizations;

public sealed class CreateOrganizationInputType : RecordInputGraphType<CreateOrganizationInput>
{
    public CreateOrganizationInputType()
    {
        Name = "CreateOrganizationInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description($"1 to {OrganizationRegistry.MaxNameLength} characters.");
        Field<NonNullGraphType<OrganizationKindType>>("kind");
        Field<StringGraphType>("creditCode").Description("The 18-character unified social credit code; its check character is verified, and no two organisations share one.");
        Field<StringGraphType>("founded").Description("Founding year or month (\"2016\", \"2016-05\").");
        Field<StringGraphType>("legalForm");
        Field<StringGraphType>("description");
        IdField("regionId", "Region").Description("Where the organisation is registered.");
    }
}

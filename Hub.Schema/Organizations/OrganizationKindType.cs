using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Organizations;

public sealed class OrganizationKindType : EnumerationGraphType<OrganizationKind>
{
    public OrganizationKindType()
    {
        Name = "OrganizationKind";
    }
}

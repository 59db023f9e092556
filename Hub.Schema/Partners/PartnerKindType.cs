using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Partners;

public sealed class PartnerKindType : EnumerationGraphType<PartnerKind>
{
    public PartnerKindType()
    {
        Name = "PartnerKind";
    }
}

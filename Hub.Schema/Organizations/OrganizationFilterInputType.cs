using Hub.Data.Model;
using Hub.Schema.Filtering;
using Hub.Schema.Regions;

namespace Hub.Schema.Organizations;

public sealed class OrganizationFilterInputType : FilterInputGraphType<Organization>
{
    public OrganizationFilterInputType()
        : base("OrganizationFilterInput", "organisations")
    {
        Id("Organization", o => o.Id);
        Filter<StringOperationFilterInputType>("name", o => o.Name);
        Filter<EnumOperationFilterInputGraphType<OrganizationKindType>>("kind", o => o.Kind);
        Filter<StringOperationFilterInputType>("creditCode", o => o.CreditCode, "The 18-character unified social credit code.");
        Relation<RegionFilterInputType>("region", o => o.Region);
    }
}

using Hub.Data.Model;
using Hub.Schema.Sorting;

namespace Hub.Schema.Organizations;

public sealed class OrganizationSortInputType : SortInputGraphType<Organization>
{
    public OrganizationSortInputType()
        : base("OrganizationSortInput", "organisations", o => o.Id, SortKey.Ascending<Organization, string>(o => o.Name))
    {
        Sort("name", o => o.Name);
        Sort("kind", o => o.Kind);
    }
}

using Hub.Data.Model;
using Hub.Schema.Sorting;

namespace Hub.Schema.Partners;

public sealed class ResourcePartnerSortInputType : SortInputGraphType<ResourcePartner>
{
    public ResourcePartnerSortInputType()
        : base("ResourcePartnerSortInput", "resource partners", p => p.Id, SortKey.Ascending<ResourcePartner, string>(p => p.Name))
    {
        Sort("name", p => p.Name);
        Sort("kind", p => p.Kind);
    }
}

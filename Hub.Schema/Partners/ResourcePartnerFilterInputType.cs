using Hub.Data.Model;
using Hub.Schema.Filtering;
using Hub.Schema.Regions;
using Hub.Schema.Stations;

namespace Hub.Schema.Partners;

public sealed class ResourcePartnerFilterInputType : FilterInputGraphType<ResourcePartner>
{
    public ResourcePartnerFilterInputType()
        : base("ResourcePartnerFilterInput", "resource partners")
    {
        Id("ResourcePartner", p => p.Id);
        Filter<StringOperationFilterInputType>("name", p => p.Name);
        Filter<EnumOperationFilterInputGraphType<PartnerKindType>>("kind", p => p.Kind);
        Filter<StringOperationFilterInputType>("creditCode", p => p.CreditCode);
        Relation<RegionFilterInputType>("region", p => p.Region);
        Relations<StationFilterInputType, Station>("stations", p => p.Partnerships.Select(link => link.Station), "The stations the partner works with.");
    }
}

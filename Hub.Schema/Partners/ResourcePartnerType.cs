using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Regions;
using Hub.Schema.Relay;

namespace Hub.Schema.Partners;

public sealed class ResourcePartnerType : ObjectGraphType<ResourcePartner>
{
    public ResourcePartnerType()
    {
        Name = "ResourcePartner";
        Description = "An enterprise, shop, university, hospital, school, foundation, social organisation or government unit that lends resources to stations.";
        this.IsNode(p => p.Id);
        Field(p => p.Name);
        Field<NonNullGraphType<PartnerKindType>>("kind").Resolve(context => context.Source.Kind);
        Field(p => p.CreditCode, nullable: true);
        Field(p => p.Description, nullable: true);
        Field<RegionType>("region").Resolve(context => context.Source.RegionId is { } id ? context.Service<RegionsByIdDataLoader>().Load(id) : null);
        Field("sourceDocument", p => p.SeedFile, nullable: true);
    }
}

using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Partners;
using Hub.Schema.Regions;
using Hub.Schema.Relay;

namespace Hub.Schema.CommunityFunds;

public sealed class CommunityFundType : ObjectGraphType<CommunityFund>
{
    public CommunityFundType()
    {
        Name = "CommunityFund";
        Description = "A community fund (社区基金), usually set up with a foundation.";
        this.IsNode(f => f.Id);
        Field(f => f.Name);
        Field<RegionType>("community").Resolve(context => context.Source.RegionId is { } id ? context.Service<RegionsByIdDataLoader>().Load(id) : null);
        Field<ResourcePartnerType>("foundation").Resolve(context => context.Source.FoundationId is { } id ? context.Service<PartnersByIdDataLoader>().Load(id) : null);
        Field(f => f.Founded, nullable: true);
        Field("sourceDocument", f => f.SeedFile, nullable: true);
    }
}

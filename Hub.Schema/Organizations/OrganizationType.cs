using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Regions;
using Hub.Schema.Relay;

namespace Hub.Schema.Organizations;

public sealed class OrganizationType : ObjectGraphType<Organization>
{
    public OrganizationType()
    {
        Name = "Organization";
        Description = "A legal body that operates (承接) or funds (购买) stations.";
        this.IsNode(o => o.Id);
        Field(o => o.Name);
        Field<NonNullGraphType<OrganizationKindType>>("kind").Resolve(context => context.Source.Kind);
        Field(o => o.CreditCode, nullable: true).Description("18-character unified social credit code (统一社会信用代码, GB 32100-2015); its check character is verified when it is stored.");
        Field(o => o.Founded, nullable: true).Description("Founding month or year as the source states it.");
        Field(o => o.LegalForm, nullable: true);
        Field(o => o.Description, nullable: true);
        Field<RegionType>("region").Resolve(context => context.Source.RegionId is { } id ? context.Service<RegionsByIdDataLoader>().Load(id) : null);
        Field("sourceDocument", o => o.SeedFile, nullable: true);
    }
}

using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Relay;

namespace Hub.Schema.Partners;

public sealed class ContributionType : ObjectGraphType<Contribution>
{
    public ContributionType()
    {
        Name = "Contribution";
        Description = "What a partner gave a station or project.";
        this.IsNode(c => c.Id);
        Field<NonNullGraphType<ResourcePartnerType>>("partner").Resolve(context => context.Service<PartnersByIdDataLoader>().Load(context.Source.PartnerId));
        Field<NonNullGraphType<ContributionKindType>>("kind").Resolve(context => context.Source.Kind);
        Field(c => c.Value, nullable: true).Description("Value in yuan, when stated.");
        Field(c => c.ContributedOn, nullable: true);
        Field(c => c.Description, nullable: true);
        Field("sourceDocument", c => c.SeedFile, nullable: true);
    }
}

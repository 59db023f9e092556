using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;
using Hub.Schema.Execution;
using Hub.Schema.Projects;
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
        Field<ProjectType>("project")
            .Description("The project the contribution went to, when one is named; null too when the caller may not see that project.")
            // A hidden project answers like none at all, as Project.brand does for a hidden brand.
            .Resolve(context => context.Source.ProjectId is { } id ? context.Service<EntityByIdDataLoader<Project>>().Load(id) : null);
        Field(c => c.Value, nullable: true).Description("Value in yuan, when stated.");
        Field(c => c.ContributedOn, nullable: true);
        Field(c => c.Description, nullable: true);
        Field("sourceDocument", c => c.SeedFile, nullable: true);
    }
}

using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;
using Hub.Schema.Execution;
using Hub.Schema.Projects;
using Hub.Schema.Relay;

namespace Hub.Schema.Awards;

public sealed class AwardType : ObjectGraphType<Award>
{
    public AwardType()
    {
        Name = "Award";
        this.IsNode(a => a.Id);
        Field(a => a.Title);
        Field(a => a.Grade, nullable: true).Description("The grade as stated (e.g. 铜奖).");
        Field(a => a.Grantor, nullable: true);
        Field(a => a.AwardedOn, nullable: true);
        Field<ProjectType>("project")
            .Description("The project the award was given for, when one is named; null too when the caller may not see that project.")
            // A hidden project answers like none at all, as Project.brand does for a hidden brand.
            .Resolve(context => context.Source.ProjectId is { } id ? context.Service<EntityByIdDataLoader<Project>>().Load(id) : null);
        Field("sourceDocument", a => a.SeedFile, nullable: true);
    }
}

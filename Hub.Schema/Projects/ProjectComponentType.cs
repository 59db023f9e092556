using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Projects;

public sealed class ProjectComponentType : ObjectGraphType<ProjectComponent>
{
    public ProjectComponentType()
    {
        Name = "ProjectComponent";
        Description = "A block (板块), sub-programme or group inside a project.";
        Field(c => c.Name);
        Field<NonNullGraphType<ProjectComponentKindType>>("kind").Resolve(context => context.Source.Kind);
        Field(c => c.Description, nullable: true);
        Field<StringGraphType>("parentName")
            .Description("The block this component belongs to, if any.")
            .Resolve(context => context.Source.Parent?.Name);
    }
}

using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Projects;

public sealed class ProjectKindType : EnumerationGraphType<ProjectKind>
{
    public ProjectKindType()
    {
        Name = "ProjectKind";
    }
}

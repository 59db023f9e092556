using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Projects;

public sealed class ProjectComponentKindType : EnumerationGraphType<ProjectComponentKind>
{
    public ProjectComponentKindType()
    {
        Name = "ProjectComponentKind";
    }
}

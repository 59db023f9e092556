using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Projects;

public sealed class ProjectStatusType : EnumerationGraphType<ProjectStatus>
{
    public ProjectStatusType()
    {
        Name = "ProjectStatus";
    }
}

using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Relay;

namespace Hub.Schema.Projects;

public static class ProjectQueries
{
    public static void AddProjectQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.ConnectionField<object?, ProjectType, Project, ProjectFilterInputType, ProjectSortInputType>("projects", (context, request) =>
                context.Rows<Project>().ToConnectionAsync(request, context.CancellationToken))
            .Description("Projects, by name unless ordered otherwise.");
    }
}

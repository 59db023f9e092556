using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Relay;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Projects;

public static class ProjectQueries
{
    public static void AddProjectQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.ConnectionField<object?, ProjectType, Project>("projects", (context, page) =>
                context.Db().Projects.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id).ToConnectionAsync(page, context.CancellationToken))
            .Description("Projects by name.");
    }
}

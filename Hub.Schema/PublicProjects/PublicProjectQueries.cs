using AutoMapper;
using AutoMapper.QueryableExtensions;
using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Execution;
using Hub.Schema.Relay;

namespace Hub.Schema.PublicProjects;

public static class PublicProjectQueries
{
    public static void AddPublicProjectQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.ConnectionField<object?, PublicProjectType, PublicProject, PublicProjectFilterInputType, PublicProjectSortInputType>("publicProjects", (context, request) =>
                context.Db().Projects
                    .Where(p => p.Visibility == Visibility.Public)
                    .ProjectTo<PublicProject>(context.Service<IConfigurationProvider>())
                    .ToConnectionAsync(request, context.CancellationToken))
            .Description("Public projects that partner organisations can support; no login needed.");
    }
}

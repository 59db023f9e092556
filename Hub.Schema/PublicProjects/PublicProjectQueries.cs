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
                // The same listing for every caller, signed in or not: public projects still open to support (an unknown
                // status counts as open), so a cached answer can serve anyone.
                context.Db().Projects
                    .Where(p => p.Visibility == Visibility.Public
                        && (p.Status == null || (p.Status != ProjectStatus.Closed && p.Status != ProjectStatus.Cancelled && p.Status != ProjectStatus.Suspended)))
                    .ProjectTo<PublicProject>(context.Service<IConfigurationProvider>())
                    .ToConnectionAsync(request, context.CancellationToken))
            .Description("Open public projects that partner organisations can support (not closed, cancelled or suspended); no login needed, the same for every caller, cacheable.");
    }
}

using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Projects;

/// <summary>The communities each project serves, through the ProjectCommunities join table.</summary>
public sealed class ProjectCommunitiesDataLoader(HubDbContext db) : BatchDataLoader<int, IReadOnlyList<Region>>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Region>>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        var rows = await db.Projects.AsNoTracking()
            .Where(p => keys.Contains(p.Id))
            .SelectMany(p => p.Communities.OrderBy(r => r.Code), (p, r) => new { ProjectId = p.Id, Region = r })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ProjectId).ToDictionary(g => g.Key, g => (IReadOnlyList<Region>)[.. g.Select(r => r.Region)]);
    }

    protected override IReadOnlyList<Region> Missing(int key) => [];
}

using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Projects;

/// <summary>The communities each project serves, through the ProjectCommunities join table.</summary>
public sealed class ProjectCommunitiesDataLoader(HubDbContext db) : EntitiesByKeyDataLoader<Region>
{
    protected override IQueryable<KeyedRow<Region>> Query(IReadOnlyList<int> keys) =>
        db.Projects.AsNoTracking()
            .Where(p => keys.Contains(p.Id))
            .SelectMany(p => p.Communities.OrderBy(r => r.Code), (p, r) => new KeyedRow<Region>(p.Id, r));
}

using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Projects;

public sealed class ProjectResultsByProjectIdDataLoader(HubDbContext db) : EntitiesByKeyDataLoader<ProjectResult>
{
    protected override IQueryable<KeyedRow<ProjectResult>> Query(IReadOnlyList<int> keys) =>
        db.ProjectResults.Where(r => keys.Contains(r.ProjectId)).OrderBy(r => r.Id)
            .Select(r => new KeyedRow<ProjectResult>(r.ProjectId, r));
}

using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Projects;

public sealed class ProjectComponentsByProjectIdDataLoader(HubDbContext db) : EntitiesByKeyDataLoader<ProjectComponent>
{
    protected override IQueryable<KeyedRow<ProjectComponent>> Query(IReadOnlyList<int> keys) =>
        db.ProjectComponents.Where(c => keys.Contains(c.ProjectId)).OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new KeyedRow<ProjectComponent>(c.ProjectId, c));
}

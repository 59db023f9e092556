using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Projects;

public sealed class ProjectsByBrandIdDataLoader(HubDbContext db, AccessRules rules) : EntitiesByKeyDataLoader<Project>
{
    protected override IQueryable<KeyedRow<Project>> Query(IReadOnlyList<int> keys) =>
        rules.Visible(db.Projects).Where(p => p.BrandId != null && keys.Contains(p.BrandId.Value)).OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new KeyedRow<Project>(p.BrandId!.Value, p));
}

using Hub.Data;
using Hub.Schema.Access;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.DataLoaders;

/// <summary>
/// Loads entities of one table by primary key ("Id"), many ids in one <c>WHERE Id IN (...)</c>; a row the caller may
/// not see is missing (null), exactly like a row that does not exist.
/// </summary>
public class EntityByIdDataLoader<TEntity>(HubDbContext db, AccessRules rules) : BatchDataLoader<int, TEntity?>
    where TEntity : class
{
    protected override async Task<IReadOnlyDictionary<int, TEntity?>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        var rows = await rules.Visible(db.Set<TEntity>().AsNoTracking())
            .Where(e => keys.Contains(EF.Property<int>(e, "Id")))
            .Select(e => new { Id = EF.Property<int>(e, "Id"), Entity = e })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(row => row.Id, row => (TEntity?)row.Entity);
    }

    protected override TEntity? Missing(int key) => null;
}

using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.DataLoaders;

/// <summary>Loads entities of one table by primary key ("Id"), many ids in one <c>WHERE Id IN (...)</c>.</summary>
public class EntityByIdDataLoader<TEntity>(HubDbContext db) : BatchDataLoader<int, TEntity?>
    where TEntity : class
{
    protected override async Task<IReadOnlyDictionary<int, TEntity?>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        var rows = await db.Set<TEntity>().AsNoTracking()
            .Where(e => keys.Contains(EF.Property<int>(e, "Id")))
            .Select(e => new { Id = EF.Property<int>(e, "Id"), Entity = e })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(row => row.Id, row => (TEntity?)row.Entity);
    }

    protected override TEntity? Missing(int key) => null;
}

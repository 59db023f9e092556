using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.DataLoaders;

/// <summary>Loads the children of many parents (a station's brands, a region's children, a project's communities …) in one query, grouped by parent key.</summary>
public abstract class EntitiesByKeyDataLoader<TEntity> : BatchDataLoader<int, IReadOnlyList<TEntity>>
    where TEntity : class
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<TEntity>>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        var rows = await Query(keys).ToListAsync(cancellationToken);
        return rows.GroupBy(row => row.Key).ToDictionary(group => group.Key, group => (IReadOnlyList<TEntity>)[.. group.Select(row => row.Row)]);
    }

    protected override IReadOnlyList<TEntity> Missing(int key) => [];

    /// <summary>Rows whose parent key is in <paramref name="keys"/>, each with that key, in the order they should be listed.</summary>
    protected abstract IQueryable<KeyedRow<TEntity>> Query(IReadOnlyList<int> keys);
}

using Hub.Schema.DataLoaders;

namespace Hub.Schema.Relay;

/// <summary>
/// A nested connection (a station's projects, a region's stations …) for many parents at once: one
/// statement per distinct page request, each parent's slice cut by ROW_NUMBER in SQL, its total
/// counted in the same statement.
/// </summary>
public abstract class ChildConnectionDataLoader<TChild> : BatchDataLoader<ChildPageKey, Connection<TChild>>
{
    protected override async Task<IReadOnlyDictionary<ChildPageKey, Connection<TChild>>> FetchAsync(IReadOnlyList<ChildPageKey> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<ChildPageKey, Connection<TChild>>();
        foreach (var group in keys.GroupBy(key => key.Page))
        {
            var page = group.Key;
            var parentIds = group.Select(key => key.ParentId).Distinct().ToList();

            // "last" without "before" starts at a different offset for every parent; those (rare)
            // requests read the parents' whole lists and cut them here.
            var (skip, take) = (0, (int?)null);
            if (!page.NeedsTotalCount)
            {
                var (sliceSkip, sliceTake) = page.Slice();
                (skip, take) = (sliceSkip, sliceTake + (page.Last is null ? 1 : 0));
            }

            var slices = (await FetchRowsAsync(parentIds, skip, take, cancellationToken)).ToDictionary(slice => slice.ParentId);
            foreach (var key in group)
            {
                var slice = slices.GetValueOrDefault(key.ParentId) ?? new ChildRows<TChild>(key.ParentId, [], 0);
                var total = slice.Total;
                var totalTask = Task.FromResult(total);
                if (page.NeedsTotalCount)
                {
                    var (pageSkip, pageTake) = page.Slice(total);
                    result[key] = page.ToConnection(slice.Rows.Skip(pageSkip).Take(pageTake).ToList(), pageSkip, pageTake, _ => totalTask);
                }
                else
                {
                    var (pageSkip, pageTake) = page.Slice();
                    result[key] = page.ToConnection(slice.Rows, pageSkip, pageTake, _ => totalTask);
                }
            }
        }

        return result;
    }

    protected override Connection<TChild> Missing(ChildPageKey key) =>
        key.Page.ToConnection<TChild>([], 0, 0, _ => Task.FromResult(0));

    /// <summary>For each parent: rows [skip, skip+take) of its children in the connection's order (all rows when take is null) and its total.</summary>
    protected abstract Task<IReadOnlyList<ChildRows<TChild>>> FetchRowsAsync(IReadOnlyList<int> parentIds, int skip, int? take, CancellationToken cancellationToken);
}

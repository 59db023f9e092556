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
            var window = page.NeedsTotalCount ? default : page.Plan();
            var fetch = page.NeedsTotalCount ? (int?)null : window.Fetch;
            var slices = (await FetchRowsAsync(parentIds, window.Skip, fetch, cancellationToken)).ToDictionary(slice => slice.ParentId);
            foreach (var key in group)
            {
                var slice = slices.GetValueOrDefault(key.ParentId) ?? new ChildRows<TChild>(key.ParentId, [], 0);
                var plan = page.Plan(slice.Total);
                var rows = page.NeedsTotalCount ? slice.Rows.Skip(plan.Skip).Take(plan.Fetch).ToList() : slice.Rows;
                var total = Task.FromResult(slice.Total);
                result[key] = page.ToConnection(rows, plan.Skip, plan.Take, _ => total);
            }
        }

        return result;
    }

    protected override Connection<TChild> Missing(ChildPageKey key) =>
        key.Page.ToConnection<TChild>([], 0, 0, _ => Task.FromResult(0));

    /// <summary>For each parent: rows [skip, skip+take) of its children in the connection's order (all rows when take is null) and its total.</summary>
    protected abstract Task<IReadOnlyList<ChildRows<TChild>>> FetchRowsAsync(IReadOnlyList<int> parentIds, int skip, int? take, CancellationToken cancellationToken);
}

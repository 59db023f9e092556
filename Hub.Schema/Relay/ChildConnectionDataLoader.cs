using System.Linq.Expressions;
using Hub.Schema.Access;
using Hub.Schema.DataLoaders;
using Hub.Schema.Filtering;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Relay;

/// <summary>
/// A nested connection (a station's projects, a region's stations …) for many parents at once: one
/// statement per distinct request (filter, order, page), each parent's slice cut by ROW_NUMBER in SQL,
/// its total counted in the same statement.
/// </summary>
/// <remarks>The caller's row rule for the children is part of the base query, so totals and pages never count a hidden row.</remarks>
public abstract class ChildConnectionDataLoader<TParent, TChild>(AccessRules rules) : BatchDataLoader<ChildPageKey<TChild>, Connection<TChild>>
    where TParent : class
{
    /// <summary>The parents with these ids.</summary>
    protected abstract IQueryable<TParent> Parents(IReadOnlyList<int> parentIds);

    protected abstract Expression<Func<TParent, int>> ParentId { get; }

    /// <summary>
    /// A parent's children, unfiltered and unordered, as a correlated query that also states the whole batch's
    /// parent ids: EF Core keeps that uncorrelated condition inside the ROW_NUMBER window, so the database numbers
    /// only this batch's children through an index instead of the whole child table.
    /// </summary>
    protected abstract Expression<Func<TParent, IEnumerable<TChild>>> Children(IReadOnlyList<int> parentIds);

    protected override async Task<IReadOnlyDictionary<ChildPageKey<TChild>, Connection<TChild>>> FetchAsync(IReadOnlyList<ChildPageKey<TChild>> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<ChildPageKey<TChild>, Connection<TChild>>();
        foreach (var group in keys.GroupBy(key => key.Request))
        {
            var request = group.Key;
            var page = request.Page;
            var parentIds = group.Select(key => key.ParentId).Distinct().ToList();

            // "last" without "before" starts at a different offset for every parent; those (rare)
            // requests read the parents' whole lists and cut them here.
            var window = page.NeedsTotalCount ? default : page.Plan();
            var fetch = page.NeedsTotalCount ? (int?)null : window.Fetch;
            var slices = (await Parents(parentIds).AsNoTracking().Select(Slice(parentIds, request, window.Skip, fetch)).ToListAsync(cancellationToken))
                .ToDictionary(slice => slice.ParentId);
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

    protected override Connection<TChild> Missing(ChildPageKey<TChild> key) =>
        key.Request.Page.ToConnection<TChild>([], 0, 0, _ => Task.FromResult(0));

    /// <summary>parent =&gt; new ChildRows(id, children.Where(…).OrderBy(…).Skip(skip).Take(take).ToList(), children.Where(…).Count())</summary>
    private Expression<Func<TParent, ChildRows<TChild>>> Slice(IReadOnlyList<int> parentIds, ConnectionRequest<TChild> request, int skip, int? take)
    {
        var parent = Expression.Parameter(typeof(TParent), "parent");
        var filtered = request.Where.Apply(rules.Visible(ExpressionBinding.Bind(Children(parentIds), parent), typeof(TChild)));
        var methods = typeof(IQueryable).IsAssignableFrom(filtered.Type) ? typeof(Queryable) : typeof(Enumerable);
        var rows = request.Order.Apply(filtered);
        if (skip > 0)
        {
            rows = Expression.Call(methods, nameof(Enumerable.Skip), [typeof(TChild)], rows, Predicates.Parameter(skip));
        }

        if (take is { } count)
        {
            rows = Expression.Call(methods, nameof(Enumerable.Take), [typeof(TChild)], rows, Predicates.Parameter(count));
        }

        var list = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(TChild)], rows);
        var total = Expression.Call(methods, nameof(Enumerable.Count), [typeof(TChild)], filtered);
        var slice = Expression.New(typeof(ChildRows<TChild>).GetConstructors()[0], ExpressionBinding.Bind(ParentId, parent), list, total);
        return Expression.Lambda<Func<TParent, ChildRows<TChild>>>(slice, parent);
    }
}

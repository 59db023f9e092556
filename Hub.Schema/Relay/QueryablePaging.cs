using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Relay;

public static class QueryablePaging
{
    /// <summary>
    /// Filters, orders and pages rows in SQL (OFFSET/LIMIT with one extra row to know whether more follow);
    /// counts only when <c>last</c> is used without <c>before</c> or when the client asks for totalCount.
    /// </summary>
    public static async Task<Connection<T>> ToConnectionAsync<T>(this IQueryable<T> rows, ConnectionRequest<T> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Apply(rows);
        var page = request.Page;
        int? total = page.NeedsTotalCount ? await query.CountAsync(cancellationToken) : null;
        var (skip, take, fetch) = page.Plan(total);
        var found = fetch == 0 ? [] : await query.Skip(skip).Take(fetch).ToListAsync(cancellationToken);
        return page.ToConnection(found, skip, take, async ct => total ?? await query.CountAsync(ct));
    }
}

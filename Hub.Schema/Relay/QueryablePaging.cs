using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Relay;

public static class QueryablePaging
{
    /// <summary>
    /// Pages an ordered query in SQL (OFFSET/LIMIT with one extra row to know whether more follow);
    /// counts only when <c>last</c> is used without <c>before</c> or when the client asks for totalCount.
    /// </summary>
    public static async Task<Connection<T>> ToConnectionAsync<T>(this IOrderedQueryable<T> query, PageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        int? total = request.NeedsTotalCount ? await query.CountAsync(cancellationToken) : null;
        var (skip, take, fetch) = request.Plan(total);
        var rows = fetch == 0 ? [] : await query.Skip(skip).Take(fetch).ToListAsync(cancellationToken);
        return request.ToConnection(rows, skip, take, async ct => total ?? await query.CountAsync(ct));
    }
}

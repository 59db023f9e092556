using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Indicators;

/// <summary>Reads and moves the <see cref="RollupVersion"/> counters.</summary>
public sealed class RollupVersions(HubDbContext db)
{
    /// <summary>The counter of the region tree (stations placed, regions and their closure).</summary>
    public const int Tree = 0;

    /// <summary>
    /// The counter of every saved change, whatever it touched: with the others it makes <see cref="ReadDataVersionAsync"/>,
    /// under which whole answers are kept.
    /// </summary>
    public const int Data = -1;

    /// <summary>The counters of these indicators and of the tree, in one statement; a counter never moved reads 0.</summary>
    public async Task<IReadOnlyDictionary<int, long>> ReadAsync(IReadOnlyCollection<int> indicatorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(indicatorIds);
        var ids = indicatorIds.Append(Tree).Distinct().ToList();
        var stored = await db.RollupVersions.AsNoTracking().Where(v => ids.Contains(v.IndicatorId)).ToDictionaryAsync(v => v.IndicatorId, v => v.Version, cancellationToken);
        return ids.ToDictionary(id => id, id => stored.GetValueOrDefault(id));
    }

    /// <summary>
    /// The sum of every counter: it goes up whenever any of them moves (none ever goes down or is deleted), so an
    /// answer computed after reading it holds until it changes. One statement over a table of a few dozen rows.
    /// </summary>
    public Task<long> ReadDataVersionAsync(CancellationToken cancellationToken) =>
        db.RollupVersions.AsNoTracking().SumAsync(v => v.Version, cancellationToken);

    /// <summary>Moves the counters, inside the caller's transaction when it has one (one statement per counter).</summary>
    public static async Task BumpAsync(DbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var id in ids.Distinct().Order())
        {
            await (db.Database.IsMySql()
                ? db.Database.ExecuteSqlAsync($"INSERT INTO RollupVersions (IndicatorId, Version) VALUES ({id}, 1) ON DUPLICATE KEY UPDATE Version = Version + 1", cancellationToken)
                : db.Database.ExecuteSqlAsync($"INSERT INTO RollupVersions (IndicatorId, Version) VALUES ({id}, 1) ON CONFLICT(IndicatorId) DO UPDATE SET Version = Version + 1", cancellationToken));
        }
    }
}

using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Indicators;

/// <summary>
/// How many stations each region holds (its expected-station count), kept for the process under the tree's
/// <see cref="RollupVersions"/> counter: every write that places, moves or removes a station or changes a region moves
/// the counter in its own transaction, on this instance or another, so counts kept at the counter a reader sees are
/// exact. Counting reads every station's ancestors (stations × depth rows); keeping the counts spares each roll-up
/// read that join over the whole subtree of the regions it asks for.
/// </summary>
public sealed class RegionStationCounts
{
    private volatile Kept? _kept;

    /// <summary>The counts at <paramref name="treeVersion"/>, or null when the process holds another version's.</summary>
    public IReadOnlyDictionary<int, int>? Find(long treeVersion) => _kept is { } kept && kept.Version == treeVersion ? kept.Counts : null;

    /// <summary>Counts the stations of every region, with the tree counter they hold at, in one statement, and keeps them.</summary>
    public async Task<IReadOnlyDictionary<int, int>> LoadAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Database.SqlQueryRaw<CountRow>(CountsSql).ToListAsync(cancellationToken);
        var version = rows.Single(r => r.RegionId == -1).Stations;
        var counts = rows.Where(r => r.RegionId != -1).ToDictionary(r => r.RegionId, r => (int)r.Stations);
        _kept = new Kept(version, counts);
        return counts;
    }

    private static readonly string CountsSql = $"""
        SELECT -1 AS RegionId, COALESCE(MAX(v.Version), 0) AS Stations FROM RollupVersions v WHERE v.IndicatorId = {RollupVersions.Tree}
        UNION ALL
        SELECT rc.AncestorId, COUNT(*) FROM Stations s JOIN RegionClosures rc ON rc.DescendantId = s.RegionId GROUP BY rc.AncestorId
        """;

    private sealed record Kept(long Version, IReadOnlyDictionary<int, int> Counts);

    private sealed record CountRow(int RegionId, long Stations);
}

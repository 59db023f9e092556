using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Writes;

/// <summary>
/// Serializes the writers of one station's figures on MariaDB/MySQL: the unit of work locks the stations' rows
/// (in id order, so two batches never wait on each other crosswise) before it reads what it will derive or replace,
/// and its read-committed transaction then sees every write that held the lock before it. Without the lock, 50
/// clients replacing one figure at once mostly fail their optimistic check over and over. SQLite needs none: its
/// write transactions begin IMMEDIATE, one at a time.
/// </summary>
public sealed class StationLocks(HubDbContext db)
{
    public async Task LockAsync(IEnumerable<int> stationIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stationIds);
        if (!db.Database.IsMySql())
        {
            return;
        }

        var ids = JsonSerializer.Serialize(stationIds.Distinct().Order().ToList());
        await db.Database.SqlQuery<int>($"""
            SELECT s.Id AS Value FROM Stations s
            WHERE s.Id IN (SELECT j.Id FROM JSON_TABLE({ids}, '$[*]' COLUMNS (Id INT PATH '$')) AS j)
            ORDER BY s.Id FOR UPDATE
            """).ToListAsync(cancellationToken);
    }
}

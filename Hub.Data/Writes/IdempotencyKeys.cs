using System.Security.Cryptography;
using System.Text;
using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Writes;

/// <summary>
/// The keys callers gave their writes, for <see cref="Lifetime"/>: a retry under a key already used returns the
/// first write's receipt, and the same key with other arguments is refused. Read and staged inside the unit of work
/// of the write, so a key is stored exactly when its write is.
/// </summary>
public sealed class IdempotencyKeys(HubDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    public const int MaxKeyLength = 200;

    public static string HashOf(string input) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)));

    /// <summary>The live record of this caller's key for this mutation; an expired one is deleted on the way.</summary>
    public async Task<IdempotencyRecord?> FindAsync(string subject, string key, string mutation, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - Lifetime;
        var record = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Subject == subject && r.Key == key && r.Mutation == mutation, cancellationToken);
        if (record is null || record.CreatedAt > cutoff)
        {
            return record;
        }

        await db.IdempotencyRecords.Where(r => r.Id == record.Id).ExecuteDeleteAsync(cancellationToken);
        return null;
    }

    /// <summary>Stores the key with the write's receipt, in the write's transaction, after the write's own save.</summary>
    public async Task StoreAsync(string subject, string key, string mutation, string inputHash, string receipt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;

        // The caller's expired keys go as it adds new ones: the table holds about a day of each caller's keyed writes.
        await db.IdempotencyRecords.Where(r => r.Subject == subject && r.CreatedAt <= now - Lifetime).ExecuteDeleteAsync(cancellationToken);
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Subject = subject,
            Key = key,
            Mutation = mutation,
            InputHash = inputHash,
            Receipt = receipt,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

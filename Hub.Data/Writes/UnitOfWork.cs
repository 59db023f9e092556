using Hub.Data.ActivityFeed;
using Hub.Data.Audit;
using System.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Writes;

/// <summary>
/// Runs one write as one unit: a transaction inside the provider's execution strategy (so a dropped connection or a
/// Galera certification failure runs it again from the start), the work itself, which only stages rows and events,
/// one save (with the mutation's audit entry, <see cref="MutationAuditTrail"/>), the commit, and only then the
/// staged events. A write that loses a race to a concurrent writer of the
/// same rows (see <see cref="WriteRace"/>) is run again, a few times, on a fresh read; a write that states the
/// version it expects finds the winner's version on that read and reports its own conflict.
/// </summary>
public sealed class UnitOfWork(HubDbContext db, ActivityFeedOutbox outbox, IActivityFeed feed, MutationAuditTrail trail)
{
    public const int MaxAttempts = 10;

    /// <param name="work">Stages the write; called again from the start on every retry.</param>
    /// <param name="keep">Whether the work's result is to be stored; a result of refused input is rolled back.</param>
    /// <param name="afterSave">Runs inside the transaction after the save, once new rows have their keys (an idempotency record of what was stored).</param>
    public async Task<T> RunAsync<T>(
        Func<CancellationToken, Task<T>> work,
        Func<T, bool> keep,
        Func<T, CancellationToken, Task>? afterSave = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(keep);
        var strategy = db.Database.CreateExecutionStrategy();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (result, kept) = await strategy.ExecuteAsync(async ct =>
                {
                    Reset();
                    // Read committed on MySQL: a writer that waited for a station's lock (StationLocks) reads what the holder committed.
                    await using var transaction = db.Database.IsMySql()
                        ? await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct)
                        : await db.Database.BeginTransactionAsync(ct);
                    var result = await work(ct);
                    if (!keep(result))
                    {
                        await transaction.RollbackAsync(ct);
                        Reset();
                        return (result, false);
                    }

                    trail.StageEntry(db);
                    await db.SaveChangesAsync(ct);
                    await trail.CompleteEntryAsync(db, ct);
                    if (afterSave is not null)
                    {
                        await afterSave(result, ct);
                    }

                    await transaction.CommitAsync(ct);
                    return (result, true);
                }, cancellationToken);

                if (kept)
                {
                    await outbox.PublishAsync(feed);
                }

                return result;
            }
            catch (Exception ex) when (attempt < MaxAttempts && WriteRace.IsRace(ex) && !cancellationToken.IsCancellationRequested)
            {
                Reset();

                // Apart, so that writers who collided do not collide again in step.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken);
            }
            catch
            {
                Reset();
                throw;
            }
        }
    }

    private void Reset()
    {
        db.ChangeTracker.Clear();
        outbox.Discard();
        trail.Discard();
    }
}

using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Data.Indicators;

/// <summary>
/// Moves the <see cref="RollupVersion"/> counters of what a save changed (the indicators of the observations it
/// wrote, the tree when stations or regions changed) right after the save, on its connection and in its
/// transaction: a reader never sees new figures under an old counter. Bulk writers that bypass the DbContext
/// (the synthetic generator) move the counters themselves. Every save that changed anything also moves
/// <see cref="RollupVersions.Data"/>, under which the server keeps whole answers.
/// </summary>
internal sealed class RollupVersionBump : SaveChangesInterceptor
{
    private List<int>? _pending;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (Take() is { } ids && eventData.Context is { } db)
        {
            RollupVersions.BumpAsync(db, ids, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (Take() is { } ids && eventData.Context is { } db)
        {
            await RollupVersions.BumpAsync(db, ids, cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pending = null;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending = null;
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        var ids = changed.Select(e => e.Entity).OfType<Observation>().Select(o => o.IndicatorId).ToHashSet();
        if (changed.Any(e => e.Entity is Station or Region or RegionClosure))
        {
            ids.Add(RollupVersions.Tree);
        }

        if (changed.Count > 0)
        {
            ids.Add(RollupVersions.Data);
        }

        _pending = ids.Count > 0 ? [.. ids] : null;
    }

    private List<int>? Take()
    {
        var ids = _pending;
        _pending = null;
        return ids;
    }
}

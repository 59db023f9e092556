using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Data.Indicators;

/// <summary>
/// Follows every save with the roll-up store (<see cref="RollupStore.ApplyAsync"/>) right after it, on its connection
/// and in its transaction, so that no reader sees new observations beside old aggregates: every write path (the
/// mutations' unit of work, imports, derived figures, the demo seed) changes observations, stations and regions
/// through the context. Bulk writers that bypass the context (the synthetic generator) rebuild the store themselves.
/// </summary>
internal sealed class RollupStoreMaintenance : SaveChangesInterceptor
{
    private Pending? _pending;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        _pending = Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        _pending = Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (Take() is { } touch && eventData.Context is HubDbContext db)
        {
            new RollupStore(db).ApplyAsync(touch, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (Take() is { } touch && eventData.Context is HubDbContext db)
        {
            await new RollupStore(db).ApplyAsync(touch, cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pending = null;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending = null;
        return Task.CompletedTask;
    }

    private static Pending? Collect(DbContext? context)
    {
        if (context is null)
        {
            return null;
        }

        var observations = new HashSet<(int StationId, int IndicatorId, int Year)>();
        var added = new List<Observation>();
        var moves = new List<(int StationId, int FromRegionId, int ToRegionId)>();
        var treeChanged = false;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry.Entity, entry.State)
            {
                case (Observation o, EntityState.Added):
                    // Its station may be new in the same save: the key is known only once it is saved.
                    added.Add(o);
                    break;
                case (Observation o, EntityState.Modified or EntityState.Deleted):
                    observations.Add((o.StationId, o.IndicatorId, o.Period / 100));
                    observations.Add((Original<int>(entry, nameof(Observation.StationId)), Original<int>(entry, nameof(Observation.IndicatorId)), Original<int>(entry, nameof(Observation.Period)) / 100));
                    break;
                case (Station s, EntityState.Modified) when entry.Property(nameof(Station.RegionId)).IsModified:
                    moves.Add((s.Id, Original<int>(entry, nameof(Station.RegionId)), s.RegionId));
                    break;
                case (Station, EntityState.Deleted):
                case (Region, EntityState.Modified) when entry.Property(nameof(Region.ParentId)).IsModified:
                case (Region, EntityState.Deleted):
                case (RegionClosure, EntityState.Modified or EntityState.Deleted):
                    treeChanged = true;
                    break;
            }
        }

        return added.Count == 0 && observations.Count == 0 && moves.Count == 0 && !treeChanged ? null : new Pending(added, observations, moves, treeChanged);
    }

    private static T Original<T>(EntityEntry entry, string property) => (T)entry.Property(property).OriginalValue!;

    private RollupTouch? Take()
    {
        if (_pending is not { } pending)
        {
            return null;
        }

        _pending = null;
        foreach (var o in pending.Added)
        {
            pending.Observations.Add((o.StationId, o.IndicatorId, o.Period / 100));
        }

        return new RollupTouch(pending.Observations, pending.Moves, pending.TreeChanged);
    }

    private sealed record Pending(
        List<Observation> Added,
        HashSet<(int StationId, int IndicatorId, int Year)> Observations,
        List<(int StationId, int FromRegionId, int ToRegionId)> Moves,
        bool TreeChanged);
}

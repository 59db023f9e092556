using System.Text;
using System.Text.Json;
using Hub.Data.Model;
using Hub.Data.Observations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Data.Audit;

/// <summary>
/// The audit entry of the mutation the current request runs. Once <see cref="Begin"/> has named the mutation,
/// every SaveChanges of the request's DbContext records the rows it touches (before and after) and stores the
/// entry in that same SaveChanges, inside the writer's transaction: a stored change never lacks its entry. Later
/// saves of the same mutation (recordActivity derives figures after storing the activity) add their rows to it.
/// A mutation that stored nothing is recorded by <see cref="CompleteAsync"/>, through a DbContext of its own.
/// </summary>
public sealed class MutationAuditTrail(TimeProvider clock, IServiceScopeFactory scopes) : SaveChangesInterceptor
{
    private readonly List<EntityChange> _changes = [];
    private List<EntityChange>? _saving;
    private AuditEntry? _entry;
    private bool _addedInThisSave;
    private bool _stored;

    /// <summary>The entry's id once some change of the mutation has been stored.</summary>
    public long? StoredEntryId => _stored ? _entry?.Id : null;

    public void Begin(string? subject, string role, string mutation, string inputJson)
    {
        if (_entry is not null)
        {
            throw new InvalidOperationException("The previous mutation of this request has not completed its audit entry.");
        }

        _entry = new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Subject = subject,
            Role = role,
            Mutation = mutation,
            Input = inputJson,
            Changes = "[]",
            Outcome = AuditOutcome.Succeeded,
        };
    }

    /// <summary>
    /// Records how the mutation ended. A success whose changes are stored needs nothing more; otherwise the entry is
    /// written (or its outcome corrected) now, so that refusals and failures are in the log too.
    /// </summary>
    public async Task CompleteAsync(AuditOutcome outcome, string? reason)
    {
        if (_entry is null)
        {
            return;
        }

        try
        {
            await WriteOutcomeAsync(_entry, outcome, reason);
        }
        finally
        {
            // A document may hold several mutations, run one after another: each gets an entry of its own.
            _entry = null;
            _changes.Clear();
            _saving = null;
            _stored = false;
            _addedInThisSave = false;
        }
    }

    private async Task WriteOutcomeAsync(AuditEntry entry, AuditOutcome outcome, string? reason)
    {
        if (outcome == AuditOutcome.Succeeded && _stored)
        {
            return;
        }

        reason = reason?.Length > 1000 ? reason[..1000] : reason;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        if (_stored)
        {
            // Part of the mutation was stored before it failed (an activity, say, whose derived figures were not).
            var id = entry.Id;
            await db.AuditEntries.Where(e => e.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Outcome, outcome).SetProperty(e => e.Reason, reason), CancellationToken.None);
            return;
        }

        db.AuditEntries.Add(new AuditEntry
        {
            At = entry.At,
            Subject = entry.Subject,
            Role = entry.Role,
            Mutation = entry.Mutation,
            Input = entry.Input,
            Changes = "[]",
            Outcome = outcome,
            Reason = reason,
        });

        // Not the request's token: a request cancelled at its deadline still leaves its entry.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        OnSaving(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        OnSaving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (OnSaved(eventData.Context) is { } update)
        {
            // Still inside the writer's transaction, where it has one.
            await update.Db.AuditEntries.Where(e => e.Id == update.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Changes, update.Json), cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (OnSaved(eventData.Context) is { } update)
        {
            update.Db.AuditEntries.Where(e => e.Id == update.Id).ExecuteUpdate(s => s.SetProperty(e => e.Changes, update.Json));
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        OnFailed(eventData.Context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        OnFailed(eventData.Context);
        return Task.CompletedTask;
    }

    private void OnSaving(DbContext? context)
    {
        if (_entry is null || context is not HubDbContext db)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        _saving = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEntry and not ApiKey)
            .Select(e => new EntityChange(e, e.State, e.State == EntityState.Added ? null : Snapshot(e, original: true)))
            .ToList();
        _addedInThisSave = false;
        if (!_stored && _saving.Count > 0)
        {
            // Inserted with the change itself; the rows' store-generated keys are filled in once they are known.
            _entry.Changes = ChangesJson(_changes.Concat(_saving));
            db.AuditEntries.Add(_entry);
            _addedInThisSave = true;
        }
    }

    /// <summary>Takes in the rows a save stored; returns the entry's new changes when its stored row must be brought up to date.</summary>
    private (HubDbContext Db, long Id, string Json)? OnSaved(DbContext? context)
    {
        if (_entry is null || _saving is null || context is not HubDbContext db)
        {
            return null;
        }

        var inserted = _entry.Changes;
        _changes.AddRange(_saving.Select(c => c.Saved()));
        _saving = null;
        if (!_addedInThisSave && !_stored)
        {
            return null;
        }

        var addedNow = _addedInThisSave;
        _stored = true;
        db.Entry(_entry).State = EntityState.Detached;
        var json = ChangesJson(_changes);
        _entry.Changes = json;

        // Rows inserted with the entry had no store-generated keys yet; later saves of the mutation add rows.
        return json != inserted || !addedNow ? (db, _entry.Id, json) : null;
    }

    private void OnFailed(DbContext? context)
    {
        _saving = null;
        if (_entry is not null && _addedInThisSave && context is not null)
        {
            context.Entry(_entry).State = EntityState.Detached;
            _entry.Id = 0;
        }

        _addedInThisSave = false;
    }

    private static string ChangesJson(IEnumerable<EntityChange> changes)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var change in changes)
            {
                writer.WriteStartObject();
                writer.WriteString("entity", change.Entry.Metadata.ShortName());
                writer.WriteString("state", change.State.ToString());
                writer.WritePropertyName("key");
                AuditJson.Write(writer, change.Key ?? KeyOf(change.Entry));
                writer.WritePropertyName("before");
                AuditJson.Write(writer, change.Before);
                writer.WritePropertyName("after");
                AuditJson.Write(writer, change.State == EntityState.Deleted ? null : change.After ?? Snapshot(change.Entry, original: false));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static Dictionary<string, object?> KeyOf(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey()!.Properties.ToDictionary(p => p.Name, p => entry.Property(p.Name).CurrentValue);

    private static Dictionary<string, object?> Snapshot(EntityEntry entry, bool original)
    {
        var values = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var value = original ? property.OriginalValue : property.CurrentValue;
            values[property.Metadata.Name] = value;
            if (property.Metadata.Name == nameof(Observation.ScaledValue) && value is long scaled)
            {
                // The figure as reported, beside its stored form.
                values["Value"] = ScaledDecimal.FromScaled(scaled);
            }
        }

        return values;
    }

    /// <summary>One row a save touched; after the save, its key and new values are read and frozen.</summary>
    private sealed record EntityChange(EntityEntry Entry, EntityState State, Dictionary<string, object?>? Before)
    {
        public Dictionary<string, object?>? Key { get; private init; }

        public Dictionary<string, object?>? After { get; private init; }

        public EntityChange Saved() => this with
        {
            Key = KeyOf(Entry),
            After = State == EntityState.Deleted ? null : Snapshot(Entry, original: false),
        };
    }
}

using System.Text;
using System.Text.Json;
using Hub.Data.Model;
using Hub.Data.Observations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Data.Audit;

/// <summary>
/// The audit entry of the mutation the current request runs. Once <see cref="Begin"/> has named the mutation, the
/// <see cref="Writes.UnitOfWork"/> that runs it adds the entry, with the rows the work staged (before and after), to
/// its one save, inside its transaction: a stored change never lacks its entry, and an entry never claims a change
/// that rolled back. A mutation that stored nothing (refused, rejected, failed) is recorded by
/// <see cref="CompleteAsync"/>, through a DbContext of its own; the refusals of one request are one entry.
/// </summary>
public sealed class MutationAuditTrail(TimeProvider clock, IServiceScopeFactory scopes)
{
    private AuditEntry? _begun;
    private AuditEntry? _staged;
    private List<EntityChange>? _changes;
    private List<EntityChange> _earlier = [];
    private bool _stored;
    private bool _refusalWritten;

    /// <summary>Whether this request has written its one refusal entry already, so another refusal writes nothing.</summary>
    public bool RefusalRecorded => _refusalWritten;

    public void Begin(string? subject, string role, string mutation, string inputJson)
    {
        if (_begun is not null)
        {
            throw new InvalidOperationException("The previous mutation of this request has not completed its audit entry.");
        }

        _begun = new AuditEntry
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

    /// <summary>Adds the entry of the mutation begun, with the rows staged in <paramref name="db"/>, to the save about to run.</summary>
    internal void StageEntry(HubDbContext db)
    {
        var earlier = _earlier;
        Discard();
        if (_begun is null)
        {
            return;
        }

        _changes = [.. earlier, .. Pending(db)];
        if (_changes.Count == 0)
        {
            return;
        }

        _staged = new AuditEntry
        {
            At = _begun.At,
            Subject = _begun.Subject,
            Role = _begun.Role,
            Mutation = _begun.Mutation,
            Input = _begun.Input,
            Changes = ChangesJson(_changes),
            Outcome = AuditOutcome.Succeeded,
        };
        db.AuditEntries.Add(_staged);
    }

    /// <summary>
    /// Saves what a long write staged so far, inside its unit of work, so that later steps find the new rows by their
    /// keys (a workbook's projects their brands); the rows saved stay in the mutation's one entry.
    /// </summary>
    internal async Task SaveStepAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var pending = _begun is null ? [] : Pending(db);
        await db.SaveChangesAsync(cancellationToken);
        _earlier.AddRange(pending);
    }

    private static List<EntityChange> Pending(HubDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        return db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEntry and not ApiKey and not IdempotencyRecord)
            .Select(e => new EntityChange(e, e.State, e.State == EntityState.Added ? null : Snapshot(e, original: true)))
            .ToList();
    }

    /// <summary>
    /// Brings the stored entry up to date once the save has given new rows their keys, still inside the transaction.
    /// </summary>
    internal async Task CompleteEntryAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        if (_staged is null || _changes is null)
        {
            return;
        }

        var json = ChangesJson(_changes.Select(c => c.Saved()));
        if (json != _staged.Changes)
        {
            var id = _staged.Id;
            await db.AuditEntries.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Changes, json), cancellationToken);
        }

        // Now that new rows have their keys: what the entry is about, in the same transaction.
        db.AuditScopes.AddRange(await ScopesAsync(db, _staged.Id, _changes.Select(c => c.Saved()).ToList(), cancellationToken));
        await db.SaveChangesAsync(cancellationToken);

        _stored = true;
    }

    /// <summary>Forgets what an attempt that did not commit staged; a retry stages afresh.</summary>
    internal void Discard()
    {
        _earlier = [];
        _staged = null;
        _changes = null;
        _stored = false;
    }

    /// <summary>
    /// Records how the mutation ended. A success whose changes are stored needs nothing more; otherwise the entry is
    /// written now, so that refusals and failures are in the log too.
    /// </summary>
    public async Task CompleteAsync(AuditOutcome outcome, string? reason)
    {
        if (_begun is not { } entry)
        {
            return;
        }

        var stored = _stored;

        // A document may hold several mutations, run one after another: each gets an entry of its own.
        _begun = null;
        Discard();
        if (outcome == AuditOutcome.Succeeded && stored)
        {
            return;
        }

        // A refused caller's document of 49 aliased mutations is one refusal, not 49 rows an anonymous client can
        // multiply at will.
        if (outcome == AuditOutcome.Refused && _refusalWritten)
        {
            return;
        }

        _refusalWritten |= outcome == AuditOutcome.Refused;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        db.AuditEntries.Add(new AuditEntry
        {
            At = entry.At,
            Subject = entry.Subject,
            Role = entry.Role,
            Mutation = entry.Mutation,
            Input = entry.Input,
            Changes = "[]",
            Outcome = outcome,
            Reason = reason?.Length > 1000 ? reason[..1000] : reason,
        });

        // Not the request's token: a request cancelled at its deadline still leaves its entry.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>
    /// One scope per distinct (entity, station, region) the changes touched; the region of a station not among the
    /// changes is read in one statement.
    /// </summary>
    private static async Task<List<AuditScope>> ScopesAsync(HubDbContext db, long entryId, List<EntityChange> changes, CancellationToken cancellationToken)
    {
        var touched = new List<(string Entity, int? StationId, int? RegionId)>();
        var regionOfStation = new Dictionary<int, int?>();
        foreach (var change in changes)
        {
            var entity = change.Entry.Metadata.ShortName();
            var values = new[] { change.Before, change.After }.Where(v => v is not null).Select(v => v!).ToList();
            switch (entity)
            {
                case nameof(Station):
                    foreach (var value in values)
                    {
                        var station = Int(value, nameof(Station.Id));
                        var region = Int(value, nameof(Station.RegionId));
                        touched.Add((entity, station, region));
                        if (station is { } id)
                        {
                            regionOfStation[id] = region;
                        }
                    }

                    break;
                case nameof(Region):
                    touched.AddRange(values.Select(v => (entity, (int?)null, Int(v, nameof(Region.Id)))));
                    break;
                default:
                    var stations = values.Select(v => Int(v, nameof(Observation.StationId))).Distinct().ToList();
                    touched.AddRange(stations.Select(station => (entity, station, (int?)null)));
                    break;
            }
        }

        var unknown = touched.Where(t => t.StationId is { } id && t.RegionId is null && !regionOfStation.ContainsKey(id))
            .Select(t => t.StationId!.Value).Distinct().ToList();
        if (unknown.Count > 0)
        {
            foreach (var station in await db.Stations.Where(s => unknown.Contains(s.Id)).Select(s => new { s.Id, s.RegionId }).ToListAsync(cancellationToken))
            {
                regionOfStation[station.Id] = station.RegionId;
            }
        }

        return touched
            .Select(t => (t.Entity, t.StationId, RegionId: t.RegionId ?? (t.StationId is { } id ? regionOfStation.GetValueOrDefault(id) : null)))
            .Distinct()
            .Select(t => new AuditScope { AuditEntryId = entryId, Entity = t.Entity, StationId = t.StationId, RegionId = t.RegionId })
            .ToList();
    }

    private static int? Int(Dictionary<string, object?> values, string name) =>
        values.TryGetValue(name, out var value) && value is int number ? number : null;

    private static string ChangesJson(IEnumerable<EntityChange> changes)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, AuditJson.WriterOptions))
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

            if (property.Metadata.Name == nameof(Observation.Period) && entry.Entity is Observation && value is int key)
            {
                // The period as the API spells it ("2024-11"), beside its storage key.
                values["PeriodText"] = Periods.ReportingPeriod.FromKey(key).ToString();
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

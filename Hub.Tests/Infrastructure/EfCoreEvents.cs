using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// Records one kind of EF Core event (a query compilation, a miss of its compiled-query cache:
/// <see cref="CoreEventId.QueryCompilationStarting"/>; a connection opened: <see cref="RelationalEventId.ConnectionOpened"/>)
/// for one database, from EF Core's diagnostic events. The listener sees the DbContexts of the whole test process;
/// those of other fixtures, running in parallel on other databases, are left out by connection string.
/// </summary>
public sealed class EfCoreEvents : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _connectionString;
    private readonly string _eventName;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<string> _events = [];
    private readonly Lock _gate = new();

    private EfCoreEvents(string connectionString, string eventName)
    {
        _connectionString = connectionString;
        _eventName = eventName;
    }

    /// <summary>Starts recording the events <paramref name="eventId"/> of the DbContexts connected to <paramref name="database"/>.</summary>
    public static EfCoreEvents Of(TestDatabase database, EventId eventId)
    {
        ArgumentNullException.ThrowIfNull(database);
        var recording = new EfCoreEvents(database.ConnectionString, eventId.Name ?? throw new ArgumentException("EF Core events are named.", nameof(eventId)));
        lock (recording._gate)
        {
            recording._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(recording));
        }

        return recording;
    }

    /// <summary>The events so far (a compiled query's LINQ expression, shortened), and forgets them.</summary>
    public IReadOnlyList<string> Take()
    {
        lock (_gate)
        {
            var taken = _events.ToList();
            _events.Clear();
            return taken;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _subscriptions.ForEach(s => s.Dispose());
            _subscriptions.Clear();
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_gate)
            {
                _subscriptions.Add(value.Subscribe(this, name => name == _eventName));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        // A listener delivers every event some subscriber enabled, not only those this one asked for: another test
        // recording another kind of event at the same time enables it for all.
        if (value.Key == _eventName && value.Value is DbContextEventData { Context: { } context } data && context.Database.GetConnectionString() == _connectionString)
        {
            var text = data is QueryExpressionEventData query ? query.Expression.ToString() : data.ToString() ?? value.Key;
            lock (_gate)
            {
                _events.Add(text.Length > 400 ? text[..400] + "…" : text);
            }
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}

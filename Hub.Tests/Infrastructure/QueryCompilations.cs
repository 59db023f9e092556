using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// Records every query EF Core compiles (a miss of its compiled-query cache) for one database, from the diagnostic
/// events of <see cref="CoreEventId.QueryCompilationStarting"/>. The listener sees the DbContexts of the whole test
/// process; those of other fixtures, running in parallel on other databases, are left out by connection string.
/// </summary>
public sealed class QueryCompilations : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _connectionString;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<string> _queries = [];
    private readonly Lock _gate = new();

    private QueryCompilations(string connectionString) => _connectionString = connectionString;

    /// <summary>Starts recording the compilations of the DbContexts connected to <paramref name="database"/>.</summary>
    public static QueryCompilations Of(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var recording = new QueryCompilations(database.ConnectionString);
        lock (recording._gate)
        {
            recording._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(recording));
        }

        return recording;
    }

    /// <summary>The queries compiled so far (their LINQ expression, shortened), and forgets them.</summary>
    public IReadOnlyList<string> Take()
    {
        lock (_gate)
        {
            var taken = _queries.ToList();
            _queries.Clear();
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
                _subscriptions.Add(value.Subscribe(this, name => name == CoreEventId.QueryCompilationStarting.Name));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is QueryExpressionEventData { Context: { } context } data && context.Database.GetConnectionString() == _connectionString)
        {
            var expression = data.Expression.ToString();
            lock (_gate)
            {
                _queries.Add(expression.Length > 400 ? expression[..400] + "…" : expression);
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

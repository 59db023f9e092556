using MySqlConnector;

namespace Hub.Tests.Infrastructure;

/// <summary>A fresh, empty database for one fixture, dropped (or deleted) when the fixture ends.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<ValueTask> _drop;

    private TestDatabase(DatabaseKind kind, string connectionString, Func<ValueTask> drop)
    {
        Kind = kind;
        ConnectionString = connectionString;
        _drop = drop;
    }

    public DatabaseKind Kind { get; }

    public string ConnectionString { get; }

    public static TestDatabase CreateSqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"datahub-test-{Guid.NewGuid():N}.db");
        return new TestDatabase(DatabaseKind.Sqlite, $"Data Source={path};Pooling=False", () =>
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            return ValueTask.CompletedTask;
        });
    }

    /// <summary>A new database on the real MariaDB server that <see cref="MariaDbServer"/> makes sure is running.</summary>
    public static async Task<TestDatabase> CreateMariaDbAsync()
    {
        var server = await MariaDbServer.EnsureRunningAsync();
        var name = $"datahub_test_{Guid.NewGuid():N}"[..30];
        await server.ExecuteAsync($"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        var connectionString = new MySqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString;
        return new TestDatabase(DatabaseKind.MariaDb, connectionString, async () =>
        {
            MySqlConnection.ClearAllPools();
            await server.ExecuteAsync($"DROP DATABASE IF EXISTS `{name}`");
        });
    }

    /// <summary>The same database reached at another address (a fault proxy in front of the server); dropping it drops this one.</summary>
    public TestDatabase RoutedThrough(string host, int port) =>
        new(Kind, new MySqlConnectionStringBuilder(ConnectionString) { Server = host, Port = (uint)port }.ConnectionString, _drop);

    /// <summary>A new database on a server of the test's own (<see cref="PrivateMariaDbServer"/>), which goes with it.</summary>
    public static async Task<TestDatabase> CreateOnAsync(PrivateMariaDbServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        await server.ExecuteAsync("CREATE DATABASE datahub_private CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new TestDatabase(DatabaseKind.MariaDb, new MySqlConnectionStringBuilder(server.ConnectionString) { Database = "datahub_private" }.ConnectionString, () =>
        {
            MySqlConnection.ClearAllPools();
            return server.DisposeAsync();
        });
    }

    public ValueTask DisposeAsync() => _drop();
}

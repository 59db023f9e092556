using MySqlConnector;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// The real MariaDB the integration tests run against. `dotnet test` is the README's one test
/// command, so the suite itself makes sure the server is there: it runs .ci/mariadb.sh (install
/// with apt-get when missing, start on 127.0.0.1:3306 when not running, create the test user)
/// once per test run. HUB_TEST_MYSQL (a connection string) points the tests at another server instead.
/// </summary>
public sealed class MariaDbServer
{
    private static readonly Lazy<Task<MariaDbServer>> Shared = new(StartAsync);

    private MariaDbServer(string connectionString) => ConnectionString = connectionString;

    /// <summary>Connection string of the test user, without a database.</summary>
    public string ConnectionString { get; }

    public static Task<MariaDbServer> EnsureRunningAsync() => Shared.Value;

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new MySqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<MariaDbServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("HUB_TEST_MYSQL") is { Length: > 0 } configured)
        {
            return new MariaDbServer(configured);
        }

        // The first run may install MariaDB with apt-get: minutes, not seconds.
        await ChildProcess.RunAsync("bash", [Repository.PathOf(".ci", "mariadb.sh")], Repository.Root, TimeSpan.FromMinutes(20));
        return new MariaDbServer("Server=127.0.0.1;Port=3306;User ID=datahub;Password=datahub;AllowUserVariables=True");
    }
}

using System.Diagnostics;
using System.Net;
using Hub.Tests.Infrastructure;
using MySqlConnector;
using static Hub.Tests.Limits.LimitAssertions;

namespace Hub.Tests.Limits;

/// <summary>
/// A request that runs past "Hub:Limits:RequestTimeout" is answered 408 REQUEST_TIMEOUT, and on MariaDB the
/// statement it was waiting for is cancelled on the database server, not left running.
/// </summary>
public sealed class RequestTimeoutOnMariaDbTests(MariaDbTimeoutHub hub) : IClassFixture<MariaDbTimeoutHub>
{
    private const string StationsQuery = "{ stations(first: 5) { nodes { name region { name } } } }";

    [Fact]
    public async Task A_statement_blocked_past_the_time_limit_is_cancelled_and_answered_408()
    {
        await WarmUpAsync();
        await using var locker = new MySqlConnection(hub.Database.ConnectionString);
        await locker.OpenAsync();

        // Another session holds a write lock on the stations table: the hub's SELECT waits for it, as a slow
        // statement would, until something cancels it.
        await ExecuteAsync(locker, "LOCK TABLES Stations WRITE");
        try
        {
            var clock = Stopwatch.StartNew();
            // Executed, not answered from what the warm-up left in the answer cache.
            var pending = hub.Client.PostExecutedAsync(StationsQuery);

            // The hub's statement reaches the server and waits there: the deadline will find it running.
            Assert.True(await RunningStatementsAsync(locker, until: count => count > 0) > 0, "The hub's statement never reached the database.");
            var response = await pending;
            clock.Stop();

            Assert.Equal(HttpStatusCode.RequestTimeout, response.Status);
            Assert.Equal("REQUEST_TIMEOUT", response.FirstErrorCode);
            Assert.Null(response.Data);
            Assert.InRange(clock.Elapsed, MariaDbTimeoutHub.RequestTimeout, MariaDbTimeoutHub.RequestTimeout + HangGuard);

            // The lock is still held, so a statement that had not been killed would still be waiting for it.
            Assert.Equal(0, await RunningStatementsAsync(locker, until: count => count == 0));
        }
        finally
        {
            await ExecuteAsync(locker, "UNLOCK TABLES");
        }

        await AssertHealthyAsync(hub.Client);
    }

    /// <summary>The first request builds the schema and compiles queries; it must not be the one the test times.</summary>
    private async Task WarmUpAsync()
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            if ((await hub.Client.PostAsync(StationsQuery)).Status == HttpStatusCode.OK)
            {
                return;
            }
        }

        Assert.Fail("The hub never answered within its time limit, even warmed up.");
    }

    /// <summary>
    /// Statements other sessions are running in the test database, counted until <paramref name="until"/> holds or
    /// for at most two seconds: the hub's statement arrives, and KILL QUERY takes effect, a moment after the cause.
    /// </summary>
    private static async Task<long> RunningStatementsAsync(MySqlConnection connection, Func<long, bool> until)
    {
        long running = 0;
        for (var attempt = 0; attempt < 40; attempt++)
        {
            await using var command = new MySqlCommand(
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND COMMAND = 'Query' AND ID <> CONNECTION_ID()",
                connection);
            running = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            if (until(running))
            {
                return running;
            }

            await Task.Delay(50);
        }

        return running;
    }

    private static async Task ExecuteAsync(MySqlConnection connection, string sql)
    {
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

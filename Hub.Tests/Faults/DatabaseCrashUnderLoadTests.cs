using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Hub.Schema.Access;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Faults;

/// <summary>
/// The hub's own MariaDB killed (SIGKILL) and restarted under a running load of reads and writes. Clients see 200s,
/// then 503s with SERVICE_UNAVAILABLE while the database is away, then 200s again without a restart of the hub;
/// writers that retry under their idempotency key until acknowledged find every acknowledged activity stored exactly
/// once, and nothing half stored: each station-month's derived volunteer hours are the sum of the activities stored
/// for it. (Redis restarted under live subscriptions across two instances: Hub.Tests/ActivityFeed/ActivityFeedAcrossInstancesTests.)
/// </summary>
public sealed class DatabaseCrashUnderLoadTests(PrivateMariaDbHub hub) : IClassFixture<PrivateMariaDbHub>
{
    private const int Writers = 3;
    private const int WritesEach = 12;

    private const string Record = """
        mutation($input: RecordActivityInput!) { recordActivity(input: $input) { activity { id } errors { field message } } }
        """;

    [Fact]
    public async Task Every_acknowledged_write_is_stored_once_and_the_hub_recovers_by_itself()
    {
        var stations = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => hub.Client.StationAsync(i)));
        var run = Guid.NewGuid().ToString("N")[..6];
        var statuses = new ConcurrentBag<(HttpStatusCode Status, string? Code)>();
        var sawUnavailable = new TaskCompletionSource();
        var halfway = new CountdownEvent(Writers);
        using var stopReading = new CancellationTokenSource();

        async Task<GraphQLResponse> SendAsync(GraphQLClient client, string query, object? variables)
        {
            var response = await client.PostAsync(query, variables);
            statuses.Add((response.Status, response.FirstErrorCode));
            if (response.Status == HttpStatusCode.ServiceUnavailable)
            {
                sawUnavailable.TrySetResult();
            }

            return response;
        }

        async Task<List<string>> WriteAsync(int writer)
        {
            var client = hub.ClientAs(HubRole.Admin);
            var acknowledged = new List<string>();
            for (var n = 0; n < WritesEach; n++)
            {
                var input = new
                {
                    clientMutationId = $"{run}-{writer}-{n}",
                    stationId = stations[writer].Id,
                    kind = "VOLUNTEER_SERVICE",
                    title = $"断库负载 {run} {writer}-{n}",
                    occurredOn = "2019-09-09",
                    volunteers = 1,
                    volunteerHours = 1.25m,
                };
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while (true)
                {
                    var response = await SendAsync(client, Record, new { input });
                    if (response.Status == HttpStatusCode.OK && response.Errors is null)
                    {
                        acknowledged.Add(response.Data!["recordActivity"]!["activity"]!["id"]!.GetValue<string>());
                        break;
                    }

                    Assert.True(DateTime.UtcNow < deadline, $"Write {writer}-{n} not acknowledged within 60 s: {response.Body}");
                    await Task.Delay(50);
                }

                if (n == WritesEach / 3)
                {
                    halfway.Signal();
                }
            }

            return acknowledged;
        }

        async Task ReadAsync()
        {
            while (!stopReading.IsCancellationRequested)
            {
                await SendAsync(hub.Client, "{ stations(first: 5) { nodes { name district { name } } } }", null);
                await Task.Delay(20);
            }
        }

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(ReadAsync)).ToList();
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteAsync(w))).ToList();

        Assert.True(halfway.Wait(TimeSpan.FromSeconds(60)), "the writers got under way");
        await hub.Server.KillAsync();
        await sawUnavailable.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await hub.Server.StartAgainAsync();

        var acknowledged = await Task.WhenAll(writers);
        await stopReading.CancelAsync();
        await Task.WhenAll(readers);

        // What clients saw: answers or 503s, never a 500 or an error dressed as a 200.
        Assert.Contains(statuses, s => s.Status == HttpStatusCode.ServiceUnavailable);
        Assert.All(statuses, s => Assert.True(
            (s.Status == HttpStatusCode.OK && s.Code is null) || (s.Status == HttpStatusCode.ServiceUnavailable && s.Code == "SERVICE_UNAVAILABLE"),
            $"{(int)s.Status} {s.Code}"));

        for (var writer = 0; writer < Writers; writer++)
        {
            Assert.Equal(WritesEach, acknowledged[writer].Distinct().Count());
            var stored = (await hub.Admin.QueryAsync(
                """query($id: ID!, $prefix: String!) { station(id: $id) { activities(first: 100, where: { title: { startsWith: $prefix } }) { totalCount nodes { id } } } }""",
                new { id = stations[writer].Id, prefix = $"断库负载 {run} {writer}-" }))["station"]!["activities"]!;
            Assert.Equal(WritesEach, stored["totalCount"]!.GetValue<int>());
            Assert.Equal(acknowledged[writer].Order(), stored["nodes"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).Order());

            // Not half stored: the month's derived hours are those of exactly the stored activities.
            Assert.Equal(WritesEach * 1.25m, await hub.Client.StationValueAsync(stations[writer].Id, "2019-09", "volunteer_hours"));
        }
    }
}

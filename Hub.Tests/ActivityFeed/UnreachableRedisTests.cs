using System.Diagnostics;
using Hub.Data;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.ActivityFeed;

/// <summary>
/// A hub configured for Redis whose Redis is not there starts all the same, answers queries, records activities
/// and feeds its own subscribers; when a Redis server appears at the configured address it subscribes by itself.
/// </summary>
public sealed class UnreachableRedisTests
{
    [Fact]
    public async Task A_hub_whose_Redis_is_unreachable_starts_serves_and_subscribes_once_Redis_appears()
    {
        var port = RedisServer.FreeLoopbackPort();
        await using var database = TestDatabase.CreateSqlite();
        await using var hub = new HubApplication(DatabaseProvider.Sqlite, database.ConnectionString, seedDemoData: true, new Dictionary<string, string>
        {
            ["Hub:ActivityFeed:Redis"] = $"127.0.0.1:{port}",
        });

        var start = Stopwatch.StartNew();
        var client = new GraphQLClient(hub.CreateClient().SignedInAsAdmin());
        var stations = (await client.QueryAsync("{ stations(first: 1) { nodes { id district { code } } } }"))["stations"]!["nodes"]!.AsArray();
        start.Stop();
        var station = stations[0]!["id"]!.GetValue<string>();
        var district = stations[0]!["district"]!["code"]!.GetValue<string>();
        Assert.False(TwoHubsOnRedis.FeedOf(hub).IsConnected);

        await using (var local = await ActivityFeedProbe.StartAsync(hub.Services, district))
        {
            await ActivityRecording.RecordAsync(client, station, "COMMUNITY_WORK", "无Redis·本机");
            await local.WaitForAsync("无Redis·本机", TimeSpan.FromSeconds(10));
        }

        await using var redis = await RedisServer.StartAsync(port);
        var connect = Stopwatch.StartNew();
        await RedisServer.WaitUntilAsync(
            async () => await redis.SubscriberCountAsync(TwoHubsOnRedis.Channel) == 1 && TwoHubsOnRedis.FeedOf(hub).IsConnected,
            TimeSpan.FromSeconds(30),
            "the hub subscribed once Redis appeared");
        Console.WriteLine($"with Redis unreachable: start, demo seed and first query {start.Elapsed.TotalSeconds:F1} s; subscribed {connect.Elapsed.TotalSeconds:F1} s after Redis appeared");
    }
}

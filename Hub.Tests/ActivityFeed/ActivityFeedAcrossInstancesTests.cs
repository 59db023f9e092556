using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using Hub.Tests.Transport;
using Hub.Tests.WebSockets;
using Xunit.Abstractions;

namespace Hub.Tests.ActivityFeed;

/// <summary>
/// The activity feed across two server instances end to end, through the real transports on real sockets: clients
/// subscribed on instance B (the graphql-ws and graphql-sse reference clients, a bare WebSocket) receive exactly the
/// activities recorded over HTTP on instance A that their filters match, carried by a real redis-server; a Redis
/// crash and restart leaves a subscription on B open and, once Redis is back, feeding again, with no reconnect of
/// the client and no restart of either server.
/// </summary>
public sealed class ActivityFeedAcrossInstancesTests(TwoKestrelHubsOnRedis hubs, ITestOutputHelper output) : IClassFixture<TwoKestrelHubsOnRedis>
{
    private const string Selection = "id title kind occurredOn participants station { id name }";

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_graphql_ws_client_on_B_receives_exactly_the_activities_recorded_on_A_that_its_region_and_kind_filters_match()
    {
        await NodeClients.EnsureInstalledAsync();
        await hubs.WaitUntilBothSubscribedAsync();
        await hubs.SettledOnBAsync();
        var (inside, district, outside) = await ActivityRecording.StationsAsync(hubs.ClientOnB);
        const string until = "收尾 跨实例 区内小组";
        var spec = new JsonObject
        {
            ["until"] = until,
            ["timeoutMs"] = 60_000,
            ["subscriptions"] = new JsonArray(
                WsSubscription("district", "subscription($region: String) { activityRecorded(regionCode: $region) { " + Selection + " } }", new JsonObject { ["region"] = district }),
                WsSubscription("districtGroupWork", "subscription($region: String, $kinds: [ActivityKind!]) { activityRecorded(regionCode: $region, kinds: $kinds) { " + Selection + " } }", new JsonObject { ["region"] = district, ["kinds"] = new JsonArray("GROUP_WORK") }),
                WsSubscription("groupWorkAndTraining", "subscription { activityRecorded(kinds: [GROUP_WORK, TRAINING]) { " + Selection + " } }", null)),
        };

        var node = NodeClients.RunAsync("node", ["ws-subscribe.mjs", hubs.WebSocketOfB.ToString(), spec.ToJsonString()], TimeSpan.FromMinutes(2));
        await SubscribedOnBAsync(node, 3, "ws-subscribe.mjs");
        var outsideGroupWork = await ActivityRecording.RecordAsync(hubs.AdminOnA, outside, "GROUP_WORK", "跨实例 区外小组");
        var insideTraining = await ActivityRecording.RecordAsync(hubs.AdminOnA, inside, "TRAINING", "跨实例 区内培训");
        var insideHomeVisit = await ActivityRecording.RecordAsync(hubs.AdminOnA, inside, "HOME_VISIT", "跨实例 区内走访");
        await ActivityRecording.RecordAsync(hubs.AdminOnA, outside, "HOME_VISIT", "跨实例 区外走访");
        var last = await ActivityRecording.RecordAsync(hubs.AdminOnA, inside, "GROUP_WORK", until);

        var json = await node;
        output.WriteLine(json);
        var seen = JsonNode.Parse(json)!;
        Assert.False(seen["timedOut"]!.GetValue<bool>());
        Assert.Empty(seen["errors"]!.AsObject());
        // B resolves the fields (the station's name) from the database it shares with A: as A answered the mutation.
        Assert.Equal(new JsonNode[] { insideTraining, insideHomeVisit, last }, WsReceived(seen, "district"), JsonNode.DeepEquals);
        Assert.Equal(new JsonNode[] { last }, WsReceived(seen, "districtGroupWork"), JsonNode.DeepEquals);
        Assert.Equal(new JsonNode[] { outsideGroupWork, insideTraining, last }, WsReceived(seen, "groupWorkAndTraining"), JsonNode.DeepEquals);

        // The client unsubscribed and disposed: B let go of all three feed subscribers.
        await hubs.SettledOnBAsync();
    }

    [Theory]
    [InlineData("distinct")]
    [InlineData("single")]
    public async Task The_graphql_sse_client_on_B_receives_exactly_the_activities_recorded_on_A_that_its_subscriptions_match(string mode)
    {
        await NodeClients.EnsureInstalledAsync();
        await hubs.WaitUntilBothSubscribedAsync();
        await hubs.SettledOnBAsync();
        var (inside, district, outside) = await ActivityRecording.StationsAsync(hubs.ClientOnB);
        var sentinel = $"跨实例 sse-{mode} 收尾";
        // No records in the plan: the script only subscribes (by region, by kinds) and waits for the sentinel.
        var plan = new { regionCode = district, kinds = new[] { "GROUP_WORK", "TRAINING" }, queryStationId = inside, sentinelTitle = sentinel };

        var node = NodeClients.RunAsync("node", ["sse.mjs", hubs.AddressOfB.ToString(), mode, JsonSerializer.Serialize(plan, WebJson)], TimeSpan.FromMinutes(1));
        await SubscribedOnBAsync(node, 2, "sse.mjs");
        var outsideGroupWork = await ActivityRecording.RecordAsync(hubs.AdminOnA, outside, "GROUP_WORK", $"跨实例 sse-{mode} 区外小组", 11);
        var insideCaseWork = await ActivityRecording.RecordAsync(hubs.AdminOnA, inside, "CASE_WORK", $"跨实例 sse-{mode} 区内个案", 1);
        var insideTraining = await ActivityRecording.RecordAsync(hubs.AdminOnA, inside, "TRAINING", $"跨实例 sse-{mode} 区内培训", 22);
        await ActivityRecording.RecordAsync(hubs.AdminOnA, outside, "HOME_VISIT", $"跨实例 sse-{mode} 区外走访", 3);
        var last = await ActivityRecording.RecordAsync(hubs.AdminOnA, inside, "GROUP_WORK", sentinel, 9);

        var json = await node;
        output.WriteLine(json);
        var result = JsonNode.Parse(json)!;
        Assert.Equal(AsSseSelects(insideCaseWork, insideTraining, last), Activities(result["byRegion"]!), JsonNode.DeepEquals);
        Assert.Equal(AsSseSelects(outsideGroupWork, insideTraining, last), Activities(result["byKinds"]!), JsonNode.DeepEquals);
        var query = Assert.Single(result["query"]!.AsArray())!;
        Assert.Null(query["errors"]);
        Assert.Equal(inside, query["data"]!["station"]!["id"]!.GetValue<string>());

        // The client unsubscribed and exited: B let go of both subscriptions.
        await hubs.SettledOnBAsync();
    }

    [Fact]
    public async Task A_WebSocket_subscription_on_B_stays_open_through_a_Redis_crash_and_restart_and_then_receives_what_A_records()
    {
        await hubs.WaitUntilBothSubscribedAsync();
        await hubs.SettledOnBAsync();
        var (inside, district, _) = await ActivityRecording.StationsAsync(hubs.ClientOnB);
        using var client = await ProtocolClient.ConnectAndInitAsync(hubs.WebSocketOfB);
        await client.SubscribeAsync("feed", "subscription($region: String) { activityRecorded(regionCode: $region) { title } }", new { region = district });
        await hubs.WaitForSubscribersOnBAsync(1);

        await ActivityRecording.RecordAsync(hubs.AdminOnA, inside, "COMMUNITY_WORK", "断电前·A");
        Assert.Equal("断电前·A", TitleOf(await client.ReceiveAsync()));

        await hubs.Redis.StopAsync();
        // Recorded on A while Redis is away: pub/sub keeps no history, so it never reaches B. Recorded on B: B's
        // own subscribers get it without Redis. The subscription is still there and still delivering.
        await ActivityRecording.RecordAsync(hubs.AdminOnA, inside, "COMMUNITY_WORK", "断电时·A");
        await ActivityRecording.RecordAsync(hubs.AdminOnB, inside, "COMMUNITY_WORK", "断电时·B");
        Assert.Equal("断电时·B", TitleOf(await client.ReceiveAsync()));

        await hubs.Redis.StartAgainAsync();
        await hubs.WaitUntilBothSubscribedAsync();
        await ActivityRecording.RecordAsync(hubs.AdminOnA, inside, "COMMUNITY_WORK", "恢复后·A");

        // The next message on the same socket: nothing recorded on A during the outage came in between.
        Assert.Equal("恢复后·A", TitleOf(await client.ReceiveAsync()));
        Assert.Equal(WebSocketState.Open, client.Socket.State);
        Assert.Equal(1, hubs.FanoutOfB.SubscriberCount);

        await client.SendAsync(new JsonObject { ["id"] = "feed", ["type"] = "complete" });
        await hubs.SettledOnBAsync();
        await client.CloseAsync();
    }

    /// <summary>Waits until B holds <paramref name="count"/> subscribers of the node client, failing at once if it exits first.</summary>
    private async Task SubscribedOnBAsync(Task<string> node, int count, string script)
    {
        var subscribed = hubs.WaitForSubscribersOnBAsync(count);
        await Task.WhenAny(node, subscribed);
        if (node.IsCompleted)
        {
            Assert.Fail($"{script} ended before subscribing: {await node}");
        }

        await subscribed;
    }

    private static string TitleOf(JsonObject message)
    {
        Assert.Equal("next", message["type"]?.GetValue<string>());
        Assert.Null(message["payload"]!["errors"]);
        return message["payload"]!["data"]!["activityRecorded"]!["title"]!.GetValue<string>();
    }

    /// <summary>The recorded activities as sse.mjs selects them: the station by id only.</summary>
    private static List<JsonNode> AsSseSelects(params JsonObject[] recorded) =>
        [.. recorded.Select(activity =>
        {
            var selected = activity.DeepClone().AsObject();
            selected["station"]!.AsObject().Remove("name");
            return (JsonNode)selected;
        })];

    private static JsonObject WsSubscription(string name, string query, JsonObject? variables) =>
        new() { ["name"] = name, ["query"] = query, ["variables"] = variables };

    private static List<JsonNode> WsReceived(JsonNode seen, string name) => Activities(seen["received"]![name]!);

    private static List<JsonNode> Activities(JsonNode results) =>
        [.. results.AsArray().Select(result =>
        {
            Assert.Null(result!["errors"]);
            return result["data"]!["activityRecorded"]!.DeepClone();
        })];
}

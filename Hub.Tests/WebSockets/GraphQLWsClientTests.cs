using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Data.ActivityFeed;
using Hub.Tests.Infrastructure;
using Hub.Tests.Transport;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.Tests.WebSockets;

/// <summary>
/// The live activity feed through the reference client of graphql-transport-ws (npm graphql-ws, run by node in
/// Hub.Tests/Clients/ws-subscribe.mjs) against the real server on a real port: three subscriptions with different
/// filters on one connection, activities recorded over HTTP inside and outside the district, and each
/// subscription receives exactly the activities its filter matches, in order, with the fields the mutation stored.
/// </summary>
public sealed class GraphQLWsClientTests(KestrelWebSocketHub hub, ITestOutputHelper output) : IClassFixture<KestrelWebSocketHub>
{
    private const string Selection = "id title kind occurredOn participants station { id name }";
    private const string Until = "收尾 区内小组";

    [Fact]
    public async Task The_graphql_ws_client_receives_exactly_the_activities_its_region_and_kind_filters_match()
    {
        await NodeClients.EnsureInstalledAsync();
        var (inside, district, outside) = await ActivityRecording.StationsAsync(hub.Client);
        var before = hub.Services.GetRequiredService<ActivityFanout>().SubscriberCount;
        var spec = new JsonObject
        {
            ["until"] = Until,
            ["timeoutMs"] = 60_000,
            ["subscriptions"] = new JsonArray(
                Subscription("district", "subscription($region: String) { activityRecorded(regionCode: $region) { " + Selection + " } }", new JsonObject { ["region"] = district }),
                Subscription("districtGroupWork", "subscription($region: String, $kinds: [ActivityKind!]) { activityRecorded(regionCode: $region, kinds: $kinds) { " + Selection + " } }", new JsonObject { ["region"] = district, ["kinds"] = new JsonArray("GROUP_WORK") }),
                Subscription("groupWorkAndTraining", "subscription { activityRecorded(kinds: [GROUP_WORK, TRAINING]) { " + Selection + " } }", null)),
        };

        var node = NodeClients.RunAsync("node", ["ws-subscribe.mjs", hub.WebSocketAddress.ToString(), spec.ToJsonString()], TimeSpan.FromMinutes(2));
        var subscribed = ActivityRecording.WaitForSubscribersAsync(hub.Services, before + 3, TimeSpan.FromSeconds(60));
        await Task.WhenAny(node, subscribed);
        if (node.IsCompleted)
        {
            Assert.Fail("ws-subscribe.mjs ended before subscribing: " + await node);
        }

        await subscribed;
        var outsideGroupWork = await ActivityRecording.RecordAsync(hub.Admin, outside, "GROUP_WORK", "区外小组");
        var insideTraining = await ActivityRecording.RecordAsync(hub.Admin, inside, "TRAINING", "区内培训");
        var insideHomeVisit = await ActivityRecording.RecordAsync(hub.Admin, inside, "HOME_VISIT", "区内走访");
        await ActivityRecording.RecordAsync(hub.Admin, outside, "HOME_VISIT", "区外走访");
        var last = await ActivityRecording.RecordAsync(hub.Admin, inside, "GROUP_WORK", Until);

        var json = await node;
        output.WriteLine(json);
        var seen = JsonNode.Parse(json)!;
        Assert.False(seen["timedOut"]!.GetValue<bool>());
        Assert.Empty(seen["errors"]!.AsObject());
        Assert.Equal(new JsonNode[] { insideTraining, insideHomeVisit, last }, Received(seen, "district"), JsonNode.DeepEquals);
        Assert.Equal(new JsonNode[] { last }, Received(seen, "districtGroupWork"), JsonNode.DeepEquals);
        Assert.Equal(new JsonNode[] { outsideGroupWork, insideTraining, last }, Received(seen, "groupWorkAndTraining"), JsonNode.DeepEquals);

        // The client unsubscribed and disposed: the server let go of all three feed subscribers.
        await ActivityRecording.WaitForSubscribersAsync(hub.Services, before);
    }

    private static JsonObject Subscription(string name, string query, JsonObject? variables) =>
        new() { ["name"] = name, ["query"] = query, ["variables"] = variables };

    private static List<JsonNode> Received(JsonNode seen, string name) =>
        [.. seen["received"]![name]!.AsArray().Select(result =>
        {
            Assert.Null(result!["errors"]);
            return result["data"]!["activityRecorded"]!.DeepClone();
        })];
}

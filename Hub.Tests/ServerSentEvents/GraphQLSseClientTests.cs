using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using Hub.Tests.Transport;

namespace Hub.Tests.ServerSentEvents;

/// <summary>
/// The graphql-sse npm client, the reference implementation of the protocol, against the live server on a real
/// socket, in both of its modes: two activityRecorded subscriptions (by region, by kinds) receive exactly the
/// activities recorded through GraphQL over HTTP that match them, with their fields, and a query runs over SSE.
/// </summary>
[Collection(KestrelSseTests.Name)]
public sealed class GraphQLSseClientTests(KestrelSseHub hub)
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("distinct", "/graphql/stream")]
    [InlineData("single", "/graphql/stream")]
    [InlineData("distinct", "/graphql")]
    public async Task The_graphql_sse_client_receives_exactly_the_activities_its_subscriptions_match(string mode, string path)
    {
        await NodeClients.EnsureInstalledAsync();
        var stations = await DemoStations.ReadAsync(hub.Client);
        var baseline = await hub.SettledSubscriberCountAsync();
        var prefix = $"sse-{mode}-{Guid.NewGuid():N}"[..20];
        var records = new[]
        {
            new Record(stations.Outside, "GROUP_WORK", $"{prefix} outside group", 11),
            new Record(stations.Inside, "CASE_WORK", $"{prefix} inside case", 1),
            new Record(stations.AlsoInside, "TRAINING", $"{prefix} inside training", 22),
            new Record(stations.Outside, "HOME_VISIT", $"{prefix} outside visit", 3),
            new Record(stations.Inside, "GROUP_WORK", $"{prefix} sentinel", 9),
        };
        var plan = new
        {
            regionCode = stations.DistrictCode,
            kinds = new[] { "GROUP_WORK", "TRAINING" },
            queryStationId = stations.Inside,
            sentinelTitle = records[^1].Title,
            recordAs = "Bearer " + TestTokens.Admin,
            records,
        };

        var output = await NodeClients.RunAsync("node", ["sse.mjs", hub.BaseAddress.ToString(), mode, JsonSerializer.Serialize(plan, WebJson), path], TimeSpan.FromMinutes(1));

        var result = JsonNode.Parse(output)!;
        var ids = result["recorded"]!.AsArray().ToDictionary(r => r!["title"]!.GetValue<string>(), r => r!["id"]!.GetValue<string>());
        AssertReceived(result["byRegion"]!, records.Where(r => r.StationId != stations.Outside), ids);
        AssertReceived(result["byKinds"]!, records.Where(r => r.Kind is "GROUP_WORK" or "TRAINING"), ids);

        var query = Assert.Single(result["query"]!.AsArray())!;
        Assert.Null(query["errors"]);
        Assert.Equal(stations.Inside, query["data"]!["station"]!["id"]!.GetValue<string>());

        var requests = result["requests"]!.AsArray().Select(r => (Method: r!["method"]!.GetValue<string>(), Status: r["status"]!.GetValue<int>())).ToList();
        if (mode == "single")
        {
            // One reservation, one stream, three operations on it, and a DELETE for each subscription it ended.
            Assert.Equal([("PUT", 201)], requests.Where(r => r.Method == "PUT"));
            Assert.Equal(2, requests.Count(r => r.Method == "DELETE" && r.Status == 200));
            Assert.Equal(3, requests.Count(r => r.Method == "POST" && r.Status == 202));
        }
        else
        {
            Assert.DoesNotContain(requests, r => r.Method is "PUT" or "DELETE");
        }

        // The client unsubscribed and exited: the server let go of both subscriptions.
        await Eventually.TrueAsync(() => hub.Fanout.SubscriberCount == baseline, "the subscriptions are freed");
    }

    private static void AssertReceived(JsonNode received, IEnumerable<Record> expected, Dictionary<string, string> ids)
    {
        var activities = received.AsArray().Select(r =>
        {
            Assert.Null(r!["errors"]);
            return r["data"]!["activityRecorded"]!;
        }).ToList();
        var wanted = expected.ToList();
        Assert.Equal(wanted.Select(r => r.Title), activities.Select(a => a["title"]!.GetValue<string>()));
        foreach (var (record, activity) in wanted.Zip(activities))
        {
            Assert.Equal(ids[record.Title], activity["id"]!.GetValue<string>());
            Assert.Equal(record.Kind, activity["kind"]!.GetValue<string>());
            Assert.Equal(record.Participants, activity["participants"]!.GetValue<int>());
            Assert.Equal("2025-03-01", activity["occurredOn"]!.GetValue<string>());
            Assert.Equal(record.StationId, activity["station"]!["id"]!.GetValue<string>());
        }
    }

    private sealed record Record(string StationId, string Kind, string Title, int Participants);
}

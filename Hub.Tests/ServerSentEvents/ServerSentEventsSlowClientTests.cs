using System.Net;
using System.Text.Json.Nodes;

namespace Hub.Tests.ServerSentEvents;

/// <summary>
/// Flow control through the SSE transport: a subscriber whose results cannot be sent (its single-connection
/// stream is reserved but not opened yet, the extreme of a client that does not read) holds at most its delivery
/// window of results plus its feed buffer; older events are dropped and reported, while the publisher and a
/// subscriber that reads keep going at full speed.
/// </summary>
[Collection(KestrelSseTests.Name)]
public sealed class ServerSentEventsSlowClientTests(KestrelSseHub hub) : IDisposable
{
    private const string Subscription = "subscription($station: ID) { activityRecorded(stationId: $station) { title } }";
    private readonly HttpClient _http = new() { BaseAddress = hub.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task A_subscriber_that_cannot_be_sent_to_loses_its_oldest_events_without_holding_up_the_publisher_or_others()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var stations = await DemoStations.ReadAsync(hub.Client);
        var stalledToken = await SseRequests.ReserveAsync(_http);
        using (var accepted = await _http.SendAsync(SseRequests.Post(Subscription, new { station = stations.AlsoInside }, new { operationId = "stalled" }, stalledToken), timeout.Token))
        {
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        using var reading = await ServerSentEventReader.OpenAsync(_http, SseRequests.Post(Subscription, new { station = stations.AlsoInside }), timeout.Token);
        var prefix = $"slow-{Guid.NewGuid():N}"[..13];
        const int count = 12;
        for (var i = 1; i <= count; i++)
        {
            await hub.Admin.QueryAsync(
                "mutation($input: RecordActivityInput!) { recordActivity(input: $input) { activity { id } } }",
                new { input = new { stationId = stations.AlsoInside, kind = "GROUP_WORK", title = $"{prefix} {i:00}", occurredOn = "2025-03-01" } });
        }

        // The reader got every event, in order, with nothing dropped.
        for (var i = 1; i <= count; i++)
        {
            var next = (await reading.ReadEventAsync(timeout.Token))!.Json!;
            Assert.Equal($"{prefix} {i:00}", next["data"]!["activityRecorded"]!["title"]!.GetValue<string>());
            Assert.Null(next["extensions"]?["droppedEvents"]);
        }

        // The stalled subscriber now opens its stream: the newest events are there, in order, and every event it
        // lost is accounted for in extensions.droppedEvents. At most window + buffer + the one the feed holds survive.
        using var stalled = await ServerSentEventReader.OpenAsync(_http, SseRequests.Open(stalledToken), timeout.Token);
        var received = new List<int>();
        long dropped = 0;
        while (received.Count + dropped < count)
        {
            var next = (await stalled.ReadEventAsync(timeout.Token))!.Json!;
            Assert.Equal("stalled", next["id"]!.GetValue<string>());
            var title = next["payload"]!["data"]!["activityRecorded"]!["title"]!.GetValue<string>();
            received.Add(int.Parse(title[(prefix.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture));
            dropped += next["payload"]!["extensions"]?["droppedEvents"]?.GetValue<long>() ?? 0;
        }

        Assert.Equal(count, received.Count + dropped);
        Assert.True(dropped >= count - (KestrelSseHub.DeliveryWindow + KestrelSseHub.FeedBufferSize + 1), $"only {dropped} events were dropped");
        Assert.Equal(received.Order(), received);
        Assert.Equal(count, received[^1]);
    }

    public void Dispose() => _http.Dispose();
}

using System.Diagnostics;
using Hub.Data.ActivityFeed;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.Tests.WebSockets;

/// <summary>
/// The buffer policy on a real socket: a client that stops reading holds up neither the publisher nor another
/// client on the same server; its own feed buffer drops the oldest events, and when it reads again it gets the
/// newest ones with <c>extensions.droppedEvents</c> counting exactly what it lost.
/// </summary>
public sealed class SlowClientTests(KestrelWebSocketHub hub, ITestOutputHelper output) : IClassFixture<KestrelWebSocketHub>
{
    // Big events fill the socket's buffers (Kestrel's and the kernel's, a few MB on loopback) after some hundreds.
    private const int Events = 2_000;
    private const int Batch = 50;
    private static readonly string Padding = new('x', 8_000);

    [Fact]
    public async Task A_client_that_stops_reading_loses_its_oldest_events_and_holds_up_nobody_else()
    {
        var feed = hub.Services.GetRequiredService<IActivityFeed>();
        using var slow = await ProtocolClient.ConnectAsync(hub.WebSocketAddress);
        // The slow client sends and never reads until the end: the ack and every result stay unread.
        await slow.SendTextAsync("""{"type":"connection_init"}""");
        await slow.SubscribeAsync("slow", "subscription { activityRecorded { title } }");
        using var fast = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);
        await fast.SubscribeAsync("fast", "subscription { activityRecorded { title } }");
        await ActivityRecording.WaitForSubscribersAsync(hub.Services, 2);

        var publishing = new Stopwatch();
        for (var sent = 0; sent < Events; sent += Batch)
        {
            publishing.Start();
            for (var i = sent; i < sent + Batch; i++)
            {
                await feed.PublishAsync(Event(i));
            }

            publishing.Stop();

            // The fast client gets every event, in order, whole, while the slow one reads nothing.
            for (var i = sent; i < sent + Batch; i++)
            {
                var next = await fast.ReceiveAsync();
                Assert.Equal(Title(i), next["payload"]!["data"]!["activityRecorded"]!["title"]!.GetValue<string>());
                Assert.Null(next["payload"]!["extensions"]?["droppedEvents"]);
            }
        }

        output.WriteLine($"published {Events} events of {Padding.Length + 10} characters in {publishing.Elapsed.TotalMilliseconds:0} ms");
        Assert.True(publishing.Elapsed < TimeSpan.FromSeconds(5), $"publishing took {publishing.Elapsed}");

        Assert.Equal("connection_ack", (await slow.ReceiveAsync())["type"]!.GetValue<string>());
        var received = new List<int>();
        long dropped = 0;
        while (received.Count == 0 || received[^1] != Events - 1)
        {
            var next = await slow.ReceiveAsync();
            var title = next["payload"]!["data"]!["activityRecorded"]!["title"]!.GetValue<string>();
            received.Add(int.Parse(title.AsSpan(0, title.IndexOf(' ', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture));
            dropped += next["payload"]!["extensions"]?["droppedEvents"]?.GetValue<long>() ?? 0;
        }

        output.WriteLine($"the slow client received {received.Count} events and was told of {dropped} dropped");
        Assert.True(dropped > 0, "nothing was dropped: the events did not fill the socket's buffers");
        Assert.Equal(Events, received.Count + dropped);
        Assert.Equal(received.Order(), received);
        await slow.CloseAsync();
        await fast.CloseAsync();
    }

    private static string Title(int index) => $"{index} {Padding}";

    private static ActivityRecorded Event(int index) => new(
        ActivityId: 1_000_000 + index,
        StationId: 1,
        ProjectId: null,
        Kind: Hub.Data.Model.ActivityKind.Training,
        Title: Title(index),
        OccurredOn: new DateOnly(2025, 3, 1),
        Place: null,
        RegionId: null,
        Participants: null,
        Volunteers: null,
        VolunteerHours: null,
        RecordedAt: DateTime.UtcNow,
        RegionCodes: []);
}

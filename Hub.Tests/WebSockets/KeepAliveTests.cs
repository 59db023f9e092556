using Hub.Data.ActivityFeed;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.Tests.WebSockets;

/// <summary>
/// A client that vanished without closing (it no longer reads, so it never answers the server's WebSocket pings)
/// loses its socket after the keep-alive timeout, and its subscriptions leave the feed.
/// </summary>
public sealed class KeepAliveTests(KeepAliveTests.Hub hub, ITestOutputHelper output) : IClassFixture<KeepAliveTests.Hub>
{
    [Fact]
    public async Task A_client_that_stops_answering_pings_is_dropped_and_its_subscriptions_freed()
    {
        var fanout = hub.Services.GetRequiredService<ActivityFanout>();
        var connected = DateTime.UtcNow;
        using var client = await ProtocolClient.ConnectAsync(new Uri($"ws://{hub.BaseAddress.Authority}/graphql"));
        // Sent without ever reading: the ack, the server's pings and everything after stay unread.
        await client.SendTextAsync("""{"type":"connection_init"}""");
        await client.SubscribeAsync("feed", "subscription { activityRecorded { title } }");
        await ActivityRecording.WaitForSubscribersAsync(hub.Services, 1);

        await ActivityRecording.WaitForSubscribersAsync(hub.Services, 0, TimeSpan.FromSeconds(20));

        // Not before the server's first ping (after 1 s) went unanswered for its 2 s.
        var freedAfter = DateTime.UtcNow - connected;
        output.WriteLine($"freed {freedAfter.TotalMilliseconds:0} ms after connecting");
        Assert.True(freedAfter >= TimeSpan.FromSeconds(2.5), $"freed after {freedAfter}, before any keep-alive could have timed out");
        Assert.Equal(0, fanout.SubscriberCount);
    }

    /// <summary>Pings every second, gives up after two more without a pong.</summary>
    public sealed class Hub : KestrelSqliteDemoHub
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Hub:WebSockets:KeepAliveInterval"] = "00:00:01",
            ["Hub:WebSockets:KeepAliveTimeout"] = "00:00:02",
        };
    }
}

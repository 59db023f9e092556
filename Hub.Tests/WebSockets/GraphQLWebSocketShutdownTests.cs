using System.Diagnostics;
using Hub.Data.ActivityFeed;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.Tests.WebSockets;

/// <summary>
/// Stopping the server with subscriptions open: each client gets <c>complete</c> for its open operations, then the
/// close 1001 Going Away, and the host stops promptly instead of waiting out Kestrel's shutdown timeout (30 s).
/// </summary>
public sealed class GraphQLWebSocketShutdownTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Stopping_the_server_completes_open_subscriptions_closes_with_1001_and_finishes_promptly()
    {
        var hub = new KestrelWebSocketHub();
        await hub.InitializeAsync();
        ProtocolClient? first = null;
        ProtocolClient? second = null;
        var stopped = false;
        try
        {
            first = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);
            second = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);
            await first.SubscribeAsync("feed-1", "subscription { activityRecorded { title } }");
            await first.SubscribeAsync("feed-2", "subscription { activityRecorded(kinds: [TRAINING]) { title } }");
            await second.SubscribeAsync("feed", "subscription { activityRecorded { title } }");
            await ActivityRecording.WaitForSubscribersAsync(hub.Services, 3);
            var fanout = hub.Services.GetRequiredService<ActivityFanout>();

            var clock = Stopwatch.StartNew();
            var stopping = hub.DisposeAsync();
            var firstSaw = await MessagesUntilCloseAsync(first);
            var secondSaw = await MessagesUntilCloseAsync(second);
            await stopping;
            stopped = true;
            clock.Stop();
            output.WriteLine($"stopped in {clock.Elapsed.TotalMilliseconds:0} ms");

            Assert.Equal("close 1001 Going away", firstSaw[^1]);
            Assert.Equal(["complete feed-1", "complete feed-2"], [.. firstSaw[..^1].Order(StringComparer.Ordinal)]);
            Assert.Equal(["complete feed", "close 1001 Going away"], secondSaw);
            Assert.Equal(0, fanout.SubscriberCount);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Stopping took {clock.Elapsed}.");
        }
        finally
        {
            first?.Dispose();
            second?.Dispose();
            if (!stopped)
            {
                await hub.DisposeAsync();
            }
        }
    }

    private static async Task<List<string>> MessagesUntilCloseAsync(ProtocolClient client)
    {
        var seen = new List<string>();
        while (true)
        {
            var message = await client.ReceiveNothingWithinAsync(TimeSpan.FromSeconds(20)) ?? throw new TimeoutException("The server neither completed nor closed: " + string.Join(", ", seen));
            if (message["closed"] is { } code)
            {
                seen.Add($"close {code} {client.Socket.CloseStatusDescription}");
                return seen;
            }

            seen.Add($"{message["type"]} {message["id"]}");
        }
    }
}

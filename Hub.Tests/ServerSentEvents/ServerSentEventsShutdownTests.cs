using System.Diagnostics;
using System.Net;

namespace Hub.Tests.ServerSentEvents;

/// <summary>
/// A server that stops (ApplicationStopping, then Kestrel draining its requests) completes every open
/// subscription with <c>complete</c> and finishes each event-stream response, in both modes, instead of leaving
/// clients with connections that break when the process exits.
/// </summary>
public sealed class ServerSentEventsShutdownTests
{
    [Fact]
    public async Task Server_shutdown_completes_open_subscriptions_and_finishes_their_streams()
    {
        await using var hub = await KestrelSseHub.StartAsync();
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        const string subscription = "subscription { activityRecorded { id } }";

        using var distinct = await ServerSentEventReader.OpenAsync(http, SseRequests.Post(subscription), timeout.Token);
        Assert.Equal(HttpStatusCode.OK, distinct.Response.StatusCode);
        var token = await SseRequests.ReserveAsync(http);
        using var single = await ServerSentEventReader.OpenAsync(http, SseRequests.Open(token), timeout.Token);
        using (var accepted = await http.SendAsync(SseRequests.Post(subscription, extensions: new { operationId = "live" }, token: token), timeout.Token))
        {
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        Assert.Equal(2, hub.Fanout.SubscriberCount);
        var distinctEvents = ReadToEndAsync(distinct, timeout.Token);
        var singleEvents = ReadToEndAsync(single, timeout.Token);

        var stopping = Stopwatch.StartNew();
        await hub.StopAsync();
        stopping.Stop();

        // Each stream ends after its complete event, with a clean end of the response body (no reset connection).
        var distinctComplete = Assert.Single(await distinctEvents);
        Assert.Equal("complete", distinctComplete.Event);
        var singleComplete = Assert.Single(await singleEvents);
        Assert.Equal("complete", singleComplete.Event);
        Assert.Equal("live", singleComplete.Json!["id"]!.GetValue<string>());
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(15), $"the server stopped in {stopping.Elapsed}, waiting on streams that should have ended");
    }

    private static async Task<List<ServerSentEvent>> ReadToEndAsync(ServerSentEventReader reader, CancellationToken cancellationToken)
    {
        var events = new List<ServerSentEvent>();
        while (await reader.ReadEventAsync(cancellationToken) is { } message)
        {
            events.Add(message);
        }

        return events;
    }
}

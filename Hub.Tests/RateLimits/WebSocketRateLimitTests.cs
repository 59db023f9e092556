using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Schema.Errors;
using Hub.Tests.WebSockets;

namespace Hub.Tests.RateLimits;

/// <summary>
/// Each operation an anonymous socket starts takes a permit from its address's allowance, the one its HTTP
/// requests use (the upgrade took the first): over it the operation gets an error message with RATE_LIMITED and
/// the socket stays open.
/// </summary>
public sealed class WebSocketRateLimitTests(RateLimitedKestrelHub hub) : IClassFixture<RateLimitedKestrelHub>
{
    [Fact]
    public async Task An_anonymous_socket_runs_operations_only_within_its_address_allowance_and_stays_open()
    {
        using var client = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);

        // The upgrade request was one of the address's permits.
        for (var i = 1; i < RateLimitedKestrelHub.AnonymousPermits; i++)
        {
            await WebSocketOperations.AssertServedAsync(client, "q" + i);
        }

        await client.SubscribeAsync("over", WebSocketOperations.Query);
        var refused = await client.ReceiveAsync();
        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Equal("over", refused["id"]!.GetValue<string>());
        Assert.Equal(HubErrorCodes.RateLimited, refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());

        // Refused, not closed: the socket still answers.
        await client.SendAsync(new JsonObject { ["type"] = "ping" });
        Assert.Equal("pong", (await client.ReceiveAsync())["type"]!.GetValue<string>());

        // One allowance: the address's HTTP requests are over it too.
        using var http = await hub.Client.Http.PostAsJsonAsync("/graphql", new { query = WebSocketOperations.Query });
        Assert.Equal(HttpStatusCode.TooManyRequests, http.StatusCode);
        await client.CloseAsync();
    }
}

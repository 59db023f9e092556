using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hub.Schema.Access;
using Hub.Schema.Errors;
using Hub.Tests.Infrastructure;
using Hub.Tests.WebSockets;

namespace Hub.Tests.RateLimits;

/// <summary>
/// A socket whose connection_init carries a token spends that subject's allowance, as its HTTP requests do,
/// and not the allowance of the address it connected from.
/// </summary>
public sealed class WebSocketCallerRateLimitTests(RateLimitedKestrelHub hub) : IClassFixture<RateLimitedKestrelHub>
{
    [Fact]
    public async Task The_operations_of_a_socket_with_a_token_take_permits_from_the_token_subjects_allowance()
    {
        var token = TestTokens.For(HubRole.Partner, "ws-busy-" + Guid.NewGuid());
        using var client = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress, "Bearer " + token);

        for (var i = 1; i <= RateLimitedKestrelHub.AuthenticatedPermits; i++)
        {
            await WebSocketOperations.AssertServedAsync(client, "q" + i);
        }

        await client.SubscribeAsync("over", WebSocketOperations.Query);
        var refused = await client.ReceiveAsync();
        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Equal("over", refused["id"]!.GetValue<string>());
        Assert.Equal(HubErrorCodes.RateLimited, refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());

        // The subject's HTTP requests share the allowance the socket spent; the address's (the upgrade's) does not.
        using var withToken = new HttpClient { BaseAddress = hub.BaseAddress };
        withToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var subjectRequest = await withToken.PostAsJsonAsync("/graphql", new { query = WebSocketOperations.Query });
        Assert.Equal(HttpStatusCode.TooManyRequests, subjectRequest.StatusCode);
        using var anonymousRequest = await hub.Client.Http.PostAsJsonAsync("/graphql", new { query = WebSocketOperations.Query });
        Assert.Equal(HttpStatusCode.OK, anonymousRequest.StatusCode);

        // And a new operation on the socket is still refused rather than the socket closed.
        await client.SubscribeAsync("again", WebSocketOperations.Query);
        Assert.Equal("error", (await client.ReceiveAsync())["type"]!.GetValue<string>());
        await client.CloseAsync();
    }
}

using Hub.Tests.WebSockets;

namespace Hub.Tests.RateLimits;

/// <summary>A query run over a socket and waited for, one at a time, so that each result is known to be its operation's.</summary>
internal static class WebSocketOperations
{
    public const string Query = "{ indicators { code } }";

    public static async Task AssertServedAsync(ProtocolClient client, string id)
    {
        await client.SubscribeAsync(id, Query);
        var next = await client.ReceiveAsync();
        Assert.True(next["type"]!.GetValue<string>() == "next", $"Operation {id} was not served: {next.ToJsonString()}");
        Assert.Equal(id, next["id"]!.GetValue<string>());
        Assert.Null(next["payload"]!["errors"]);
        Assert.NotEmpty(next["payload"]!["data"]!["indicators"]!.AsArray());
        Assert.Equal("complete", (await client.ReceiveAsync())["type"]!.GetValue<string>());
    }
}

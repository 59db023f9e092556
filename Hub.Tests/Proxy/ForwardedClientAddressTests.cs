using System.Net;
using System.Net.Http.Json;
using Hub.Data;
using Hub.Schema.Errors;
using Hub.Tests.Infrastructure;
using Hub.Tests.RateLimits;
using Hub.Tests.ServerSentEvents;
using Hub.Tests.WebSockets;
using Hub.Server.Proxy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Tests.Proxy;

/// <summary>Requests as a reverse proxy sends them: X-Forwarded-For carries the client's address.</summary>
internal static class Forwarded
{
    public const string Query = "{ indicators { code } }";

    public static async Task<HttpStatusCode> PostAsync(Uri server, string? forwardedFor)
    {
        using var http = new HttpClient { BaseAddress = server };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query }) };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    public static async Task UseAllowanceAsync(Uri server, string forwardedFor)
    {
        for (var i = 0; i < RateLimitedProxyHub.AnonymousPermits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await PostAsync(server, forwardedFor));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync(server, forwardedFor));
    }
}

/// <summary>
/// Behind a configured proxy each client address has its own anonymous allowance, over HTTP, WebSockets and
/// server-sent events alike; only the address the proxy itself appended counts.
/// </summary>
public sealed class ForwardedClientAddressTests(LoopbackProxyHub hub) : IClassFixture<LoopbackProxyHub>
{
    [Fact]
    public async Task Two_callers_behind_the_proxy_get_separate_anonymous_allowances()
    {
        await Forwarded.UseAllowanceAsync(hub.BaseAddress, "203.0.113.1");

        Assert.Equal(HttpStatusCode.OK, await Forwarded.PostAsync(hub.BaseAddress, "203.0.113.2"));
    }

    [Fact]
    public async Task An_address_a_client_put_in_front_of_the_proxys_own_entry_is_not_believed()
    {
        await Forwarded.UseAllowanceAsync(hub.BaseAddress, "203.0.113.10");

        // nginx's $proxy_add_x_forwarded_for appends the real client to whatever the client sent: the client's own
        // claim (the fresh 203.0.113.11) comes first and is ignored, the exhausted address the proxy saw counts.
        Assert.Equal(HttpStatusCode.TooManyRequests, await Forwarded.PostAsync(hub.BaseAddress, "203.0.113.11, 203.0.113.10"));
        Assert.Equal(HttpStatusCode.OK, await Forwarded.PostAsync(hub.BaseAddress, "203.0.113.10, 203.0.113.11"));
    }

    [Fact]
    public async Task A_socket_behind_the_proxy_spends_the_forwarded_addresss_allowance()
    {
        var headers = new Dictionary<string, string> { ["X-Forwarded-For"] = "198.51.100.1" };
        using var client = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress, headers: headers);

        // The upgrade request took the first permit of 198.51.100.1, each operation takes another.
        for (var i = 1; i < RateLimitedProxyHub.AnonymousPermits; i++)
        {
            await WebSocketOperations.AssertServedAsync(client, "q" + i);
        }

        await client.SubscribeAsync("over", WebSocketOperations.Query);
        var refused = await client.ReceiveAsync();
        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Equal(HubErrorCodes.RateLimited, refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.TooManyRequests, await Forwarded.PostAsync(hub.BaseAddress, "198.51.100.1"));
        Assert.Equal(HttpStatusCode.OK, await Forwarded.PostAsync(hub.BaseAddress, "198.51.100.2"));
        await client.CloseAsync();
    }

    [Fact]
    public async Task An_event_stream_behind_the_proxy_is_limited_by_the_forwarded_address()
    {
        await Forwarded.UseAllowanceAsync(hub.BaseAddress, "198.51.100.3");
        using var http = new HttpClient { BaseAddress = hub.BaseAddress };

        using var exhausted = SseRequests.Post(Forwarded.Query);
        exhausted.Headers.Add("X-Forwarded-For", "198.51.100.3");
        using var refused = await ServerSentEventReader.OpenAsync(http, exhausted);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Response.StatusCode);

        using var fresh = SseRequests.Post(Forwarded.Query);
        fresh.Headers.Add("X-Forwarded-For", "198.51.100.4");
        using var served = await ServerSentEventReader.OpenAsync(http, fresh);
        Assert.Equal(HttpStatusCode.OK, served.Response.StatusCode);
        Assert.Equal("text/event-stream", served.Response.Content.Headers.ContentType?.MediaType);
    }
}

/// <summary>Without a proxy configured, X-Forwarded-For is ignored: every caller on 127.0.0.1 shares its allowance, whatever it claims.</summary>
public sealed class UnproxiedClientAddressTests(UnproxiedHub hub) : IClassFixture<UnproxiedHub>
{
    [Fact]
    public async Task Callers_claiming_different_addresses_share_one_allowance()
    {
        for (var i = 0; i < RateLimitedProxyHub.AnonymousPermits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await Forwarded.PostAsync(hub.BaseAddress, $"203.0.113.{20 + i}"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await Forwarded.PostAsync(hub.BaseAddress, "203.0.113.99"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Forwarded.PostAsync(hub.BaseAddress, null));
    }
}

/// <summary>With proxies configured, a request from an address not among them keeps its own address: its X-Forwarded-For is not believed.</summary>
public sealed class UnlistedProxyClientAddressTests(ElsewhereProxyHub hub) : IClassFixture<ElsewhereProxyHub>
{
    [Fact]
    public async Task A_caller_that_is_not_a_known_proxy_cannot_choose_its_address()
    {
        for (var i = 0; i < RateLimitedProxyHub.AnonymousPermits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await Forwarded.PostAsync(hub.BaseAddress, $"203.0.113.{30 + i}"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await Forwarded.PostAsync(hub.BaseAddress, "203.0.113.98"));
    }
}

/// <summary>An entry of Hub:Proxy that is not an address or a network stops the server at start, naming the key and the value.</summary>
public sealed class ProxyOptionsTests
{
    [Fact]
    public async Task A_bad_address_or_network_fails_start_naming_key_and_value()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var application = new HubApplication(DatabaseProvider.Sqlite, database.ConnectionString, seedDemoData: false, new Dictionary<string, string>
        {
            ["Hub:Proxy:KnownProxies:0"] = "127.0.0.1",
            ["Hub:Proxy:KnownProxies:1"] = "nginx.internal",
            ["Hub:Proxy:KnownNetworks:0"] = "10.0.0.0/33",
            ["Hub:Proxy:KnownNetworks:1"] = "10.0.0.1/8",
            ["Hub:Proxy:KnownNetworks:2"] = "10.0.0.0/8",
        });

        var failure = Assert.ThrowsAny<Exception>(() => application.StartOnLoopback());

        Assert.Contains("Hub:Proxy:KnownProxies:1 is \"nginx.internal\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Hub:Proxy:KnownNetworks:0 is \"10.0.0.0/33\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Hub:Proxy:KnownNetworks:1 is \"10.0.0.1/8\"", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("KnownProxies:0", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("KnownNetworks:2", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_may_be_one_comma_separated_value_as_an_environment_file_sets_it()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Hub:Proxy:KnownProxies"] = "10.0.0.5, 10.0.0.6",
                ["Hub:Proxy:KnownNetworks"] = "192.168.0.0/16",
            })
            .Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddHubProxy().BuildServiceProvider();

        var forwarded = services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;

        Assert.Equal([IPAddress.Parse("10.0.0.5"), IPAddress.Parse("10.0.0.6")], forwarded.KnownProxies);
        Assert.Equal([System.Net.IPNetwork.Parse("192.168.0.0/16")], forwarded.KnownIPNetworks);
        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, forwarded.ForwardedHeaders);
    }
}

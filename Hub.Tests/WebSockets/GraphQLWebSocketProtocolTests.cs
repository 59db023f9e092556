using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Hub.Data.ActivityFeed;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.WebSockets;

/// <summary>
/// graphql-transport-ws at /graphql on the real server and a real socket, message by message with a bare
/// <see cref="ClientWebSocket"/>: the handshake, the protocol's close codes for each way of breaking it, ping/pong,
/// queries and refusals over the socket, and that completing or dropping a subscription frees its feed subscriber.
/// </summary>
public sealed class GraphQLWebSocketProtocolTests(KestrelWebSocketHub hub) : IClassFixture<KestrelWebSocketHub>
{
    private const string Feed = "subscription($region: String) { activityRecorded(regionCode: $region) { id title kind station { id } } }";

    private ActivityFanout Fanout => hub.Services.GetRequiredService<ActivityFanout>();

    [Fact]
    public async Task Connection_init_is_acknowledged_and_the_socket_speaks_graphql_transport_ws()
    {
        using var client = await ProtocolClient.ConnectAsync(hub.WebSocketAddress);
        Assert.Equal("graphql-transport-ws", client.Socket.SubProtocol);

        await client.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["dashboard"] = "test" } });

        Assert.Equal(new JsonObject { ["type"] = "connection_ack" }.ToJsonString(), (await client.ReceiveAsync()).ToJsonString());
        await client.CloseAsync();
    }

    [Fact]
    public async Task A_client_that_never_sends_connection_init_is_closed_with_4408_after_the_wait_timeout()
    {
        using var client = await ProtocolClient.ConnectAsync(hub.WebSocketAddress);
        var started = DateTime.UtcNow;

        var (code, reason) = await client.ReceiveCloseAsync();

        Assert.Equal(4408, code);
        Assert.Equal("Connection initialisation timeout", reason);
        Assert.InRange(DateTime.UtcNow - started, KestrelWebSocketHub.InitTimeout - TimeSpan.FromMilliseconds(500), KestrelWebSocketHub.InitTimeout + TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Subscribe_before_connection_init_is_closed_with_4401_Unauthorized()
    {
        using var client = await ProtocolClient.ConnectAsync(hub.WebSocketAddress);

        await client.SubscribeAsync("1", "{ indicators { code } }");

        Assert.Equal((4401, "Unauthorized"), await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("\"Bearer token\"")]
    [InlineData("42")]
    [InlineData("[{\"authorization\":\"Bearer token\"}]")]
    [InlineData("true")]
    [InlineData("{\"authorization\":42}")]
    [InlineData("{\"authorization\":[\"Bearer token\"]}")]
    [InlineData("{\"authorization\":{\"Bearer\":\"token\"}}")]
    [InlineData("{\"authorization\":\"ApiKey one\",\"Authorization\":\"ApiKey two\"}")]
    public async Task A_connection_init_payload_of_the_wrong_shape_is_closed_with_4400(string payload)
    {
        using var client = await ProtocolClient.ConnectAsync(hub.WebSocketAddress);

        await client.SendTextAsync($$"""{"type":"connection_init","payload":{{payload}}}""");

        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4400, code);
        Assert.Contains("payload", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_connection_init_is_closed_with_4429()
    {
        using var client = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);

        await client.SendAsync(new JsonObject { ["type"] = "connection_init" });

        Assert.Equal((4429, "Too many initialisation requests"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_subscribe_with_the_id_of_a_running_operation_is_closed_with_4409_and_frees_both()
    {
        var before = Fanout.SubscriberCount;
        using var client = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);
        await client.SubscribeAsync("feed", Feed);
        await ActivityRecording.WaitForSubscribersAsync(hub.Services, before + 1);

        await client.SubscribeAsync("feed", Feed);

        Assert.Equal((4409, "Subscriber for feed already exists"), await client.ReceiveCloseAsync());
        await ActivityRecording.WaitForSubscribersAsync(hub.Services, before);
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("""{"payload":{}}""", "no \"type\"")]
    [InlineData("""{"type":"start","id":"1"}""", "Unexpected message of type \"start\"")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""", "Unexpected message of type \"next\"")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ indicators { code } }"}}""", "non-empty string \"id\"")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"variables":{}}}""", "string \"query\"")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ indicators { code } }","variables":[1]}}""", "\"variables\" must be an object")]
    [InlineData("""{"type":"complete"}""", "non-empty string \"id\"")]
    public async Task An_invalid_message_is_closed_with_4400_and_a_reason(string message, string reasonPart)
    {
        using var client = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);

        await client.SendTextAsync(message);

        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4400, code);
        Assert.Contains(reasonPart, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a byte that never starts a UTF-8 sequence", new byte[] { 0xFF })]
    [InlineData("an overlong encoding of '/'", new byte[] { 0xC0, 0xAF })]
    [InlineData("a surrogate encoded as in CESU-8", new byte[] { 0xED, 0xA0, 0x80 })]
    public async Task A_text_frame_that_is_not_UTF8_is_closed_with_1007(string why, byte[] bad)
    {
        using var client = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);
        var before = System.Text.Encoding.UTF8.GetBytes("""{"type":"subscribe","id":"1","payload":{"query":"{ __typename }""");

        await client.SendTextFrameAsync([.. before, .. bad, .. "\"}}"u8]);

        var (code, _) = await client.ReceiveCloseAsync();
        Assert.True(code == (int)WebSocketCloseStatus.InvalidPayloadData, $"{why}: closed with {code}");
    }

    [Fact]
    public async Task A_lone_surrogate_escape_in_a_message_is_closed_with_4400()
    {
        using var client = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);

        await client.SendTextAsync("""{"type":"subscribe","id":"\ud800","payload":{"query":"{ __typename }"}}""");

        Assert.Equal(4400, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_is_closed_with_1009()
    {
        using var client = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);

        await client.SubscribeAsync("big", "{ indicators { code } }", new { padding = new string('x', KestrelWebSocketHub.MaxMessageBytes) });

        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal((int)WebSocketCloseStatus.MessageTooBig, code);
        Assert.Contains(KestrelWebSocketHub.MaxMessageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_without_the_subprotocol_is_closed_with_4406()
    {
        using var client = await ProtocolClient.ConnectAsync(hub.WebSocketAddress, subProtocol: "graphql-ws");

        Assert.Equal((4406, "Subprotocol not acceptable"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_carrying_the_same_payload_before_and_after_init_and_pong_is_accepted()
    {
        using var client = await ProtocolClient.ConnectAsync(hub.WebSocketAddress);
        await client.SendAsync(new JsonObject { ["type"] = "ping" });
        Assert.Equal("""{"type":"pong"}""", (await client.ReceiveAsync()).ToJsonString());

        await client.SendAsync(new JsonObject { ["type"] = "connection_init" });
        Assert.Equal("connection_ack", (await client.ReceiveAsync())["type"]!.GetValue<string>());
        await client.SendAsync(new JsonObject { ["type"] = "pong", ["payload"] = new JsonObject { ["unsolicited"] = true } });
        await client.SendAsync(new JsonObject { ["type"] = "ping", ["payload"] = new JsonObject { ["sent"] = 42 } });

        var pong = await client.ReceiveAsync();
        Assert.Equal("pong", pong["type"]!.GetValue<string>());
        Assert.Equal(42, pong["payload"]!["sent"]!.GetValue<int>());
        await client.CloseAsync();
    }

    [Fact]
    public async Task A_query_over_the_socket_answers_next_with_the_HTTP_result_then_complete()
    {
        const string query = "query($first: Int) { stations(first: $first) { totalCount nodes { id name } } }";
        var overHttp = await hub.Client.QueryAsync(query, new { first = 3 });
        using var client = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);

        await client.SubscribeAsync("q1", query, new { first = 3 });

        var next = await client.ReceiveAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("q1", next["id"]!.GetValue<string>());
        Assert.Null(next["payload"]!["errors"]);
        Assert.True(JsonNode.DeepEquals(overHttp, next["payload"]!["data"]), next.ToJsonString());
        Assert.Equal("""{"id":"q1","type":"complete"}""", (await client.ReceiveAsync()).ToJsonString());

        // The id is free again once the operation completed.
        await client.SubscribeAsync("q1", "{ indicators { code } }");
        Assert.Equal("next", (await client.ReceiveAsync())["type"]!.GetValue<string>());
        Assert.Equal("complete", (await client.ReceiveAsync())["type"]!.GetValue<string>());
        await client.CloseAsync();
    }

    [Fact]
    public async Task A_mutation_over_the_socket_records_the_activity_and_answers_next_then_complete()
    {
        var (inside, _, _) = await ActivityRecording.StationsAsync(hub.Client);
        using var client = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress, "Bearer " + TestTokens.Admin);

        await client.SubscribeAsync("m1", ActivityRecording.RecordMutation, new { input = new { stationId = inside, kind = "TRAINING", title = "套接字培训", occurredOn = "2025-03-02" } });

        var next = await client.ReceiveAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        var id = next["payload"]!["data"]!["recordActivity"]!["activity"]!["id"]!.GetValue<string>();
        Assert.Equal("complete", (await client.ReceiveAsync())["type"]!.GetValue<string>());
        var stored = await hub.Client.QueryAsync("query($id: ID!) { node(id: $id) { ... on Activity { title } } }", new { id });
        Assert.Equal("套接字培训", stored["node"]!["title"]!.GetValue<string>());
        await client.CloseAsync();
    }

    [Theory]
    [InlineData("{ stations { nope } }", null, "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("subscription { activityRecorded { title ", null, "GRAPHQL_PARSE_FAILED")]
    [InlineData("subscription($r: String) { activityRecorded(regionCode: $r) { title } }", "999999999999", "NOT_FOUND")]
    [InlineData("subscription { activityRecorded(stationId: \"nonsense\") { title } }", null, "BAD_USER_INPUT")]
    [InlineData("{ a1: indicators { code } a2: indicators { code } a3: indicators { code } a4: indicators { code } a5: indicators { code } a6: indicators { code } a7: indicators { code } a8: indicators { code } a9: indicators { code } a10: indicators { code } a11: indicators { code } a12: indicators { code } a13: indicators { code } a14: indicators { code } a15: indicators { code } a16: indicators { code } a17: indicators { code } a18: indicators { code } a19: indicators { code } a20: indicators { code } a21: indicators { code } a22: indicators { code } a23: indicators { code } a24: indicators { code } a25: indicators { code } a26: indicators { code } a27: indicators { code } a28: indicators { code } a29: indicators { code } a30: indicators { code } a31: indicators { code } a32: indicators { code } a33: indicators { code } a34: indicators { code } a35: indicators { code } a36: indicators { code } a37: indicators { code } a38: indicators { code } a39: indicators { code } a40: indicators { code } a41: indicators { code } a42: indicators { code } a43: indicators { code } a44: indicators { code } a45: indicators { code } a46: indicators { code } a47: indicators { code } a48: indicators { code } a49: indicators { code } a50: indicators { code } a51: indicators { code } }", null, "TOO_MANY_ALIASES")]
    public async Task An_operation_refused_before_it_runs_gets_an_error_message_with_the_code_and_the_connection_stays(string query, string? region, string code)
    {
        var before = Fanout.SubscriberCount;
        using var client = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);

        await client.SubscribeAsync("bad", query, region is null ? null : new { r = region });

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("bad", error["id"]!.GetValue<string>());
        var errors = error["payload"]!.AsArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e!["message"]!.GetValue<string>())));
        Assert.Equal(code, errors[0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(before, Fanout.SubscriberCount);

        // No complete follows an error, and the connection goes on: the id can be used again.
        await client.SubscribeAsync("bad", "{ indicators { code } }");
        Assert.Equal("next", (await client.ReceiveAsync())["type"]!.GetValue<string>());
        Assert.Equal("complete", (await client.ReceiveAsync())["type"]!.GetValue<string>());
        await client.CloseAsync();
    }

    [Fact]
    public async Task A_subscription_sends_the_matching_activity_as_next_and_complete_from_the_client_frees_it()
    {
        var (inside, district, outside) = await ActivityRecording.StationsAsync(hub.Client);
        var before = Fanout.SubscriberCount;
        using var client = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);
        await client.SubscribeAsync("feed", Feed, new { region = district });
        await ActivityRecording.WaitForSubscribersAsync(hub.Services, before + 1);

        await ActivityRecording.RecordAsync(hub.Admin, outside, "GROUP_WORK", "区外小组 ws");
        var recorded = await ActivityRecording.RecordAsync(hub.Admin, inside, "GROUP_WORK", "区内小组 ws");

        var next = await client.ReceiveAsync();
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("feed", next["id"]!.GetValue<string>());
        var activity = next["payload"]!["data"]!["activityRecorded"]!;
        Assert.Equal(recorded["id"]!.GetValue<string>(), activity["id"]!.GetValue<string>());
        Assert.Equal("区内小组 ws", activity["title"]!.GetValue<string>());
        Assert.Equal(inside, activity["station"]!["id"]!.GetValue<string>());

        await client.SendAsync(new JsonObject { ["id"] = "feed", ["type"] = "complete" });
        await ActivityRecording.WaitForSubscribersAsync(hub.Services, before);
        await ActivityRecording.RecordAsync(hub.Admin, inside, "GROUP_WORK", "完成后 ws");
        Assert.Null(await client.ReceiveNothingWithinAsync(TimeSpan.FromMilliseconds(500)));

        // The id is free for a new subscription on the same connection.
        await client.SubscribeAsync("feed", Feed, new { region = district });
        await ActivityRecording.WaitForSubscribersAsync(hub.Services, before + 1);
        await client.CloseAsync();
        await ActivityRecording.WaitForSubscribersAsync(hub.Services, before);
    }

    [Fact]
    public async Task A_client_that_drops_the_connection_without_closing_frees_every_subscription()
    {
        var before = Fanout.SubscriberCount;
        var client = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);
        await client.SubscribeAsync("a", Feed);
        await client.SubscribeAsync("b", Feed);
        await ActivityRecording.WaitForSubscribersAsync(hub.Services, before + 2);

        client.Socket.Abort();
        client.Dispose();

        await ActivityRecording.WaitForSubscribersAsync(hub.Services, before);
    }

    [Fact]
    public async Task One_operation_more_than_the_connection_limit_gets_an_error_and_the_others_keep_running()
    {
        var before = Fanout.SubscriberCount;
        using var client = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);
        for (var i = 0; i < KestrelWebSocketHub.MaxOperations; i++)
        {
            await client.SubscribeAsync($"s{i}", Feed);
        }

        await ActivityRecording.WaitForSubscribersAsync(hub.Services, before + KestrelWebSocketHub.MaxOperations);

        await client.SubscribeAsync("one-too-many", Feed);

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("one-too-many", error["id"]!.GetValue<string>());
        Assert.Equal("TOO_MANY_OPEN_OPERATIONS", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(before + KestrelWebSocketHub.MaxOperations, Fanout.SubscriberCount);

        await client.SendAsync(new JsonObject { ["id"] = "s0", ["type"] = "complete" });
        await ActivityRecording.WaitForSubscribersAsync(hub.Services, before + KestrelWebSocketHub.MaxOperations - 1);
        await client.SubscribeAsync("one-too-many", Feed);
        await ActivityRecording.WaitForSubscribersAsync(hub.Services, before + KestrelWebSocketHub.MaxOperations);
        await client.CloseAsync();
        await ActivityRecording.WaitForSubscribersAsync(hub.Services, before);
    }

    [Fact]
    public async Task Plain_HTTP_at_the_same_path_still_reaches_the_HTTP_endpoint()
    {
        using var response = await hub.Client.Http.GetAsync(new Uri("/graphql?query=%7B%20indicators%20%7B%20code%20%7D%20%7D", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"code\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

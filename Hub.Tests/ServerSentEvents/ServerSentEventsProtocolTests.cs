using System.Net;
using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.ServerSentEvents;

/// <summary>
/// The graphql-sse protocol (PROTOCOL.md) spoken by hand over HttpClient against the real server on a real socket:
/// headers, event framing, errors before execution, the single-connection statuses (201, 202, 401, 404, 409), DELETE,
/// keep-alives, reservation expiry, limits, and subscriptions freed when the client goes away.
/// </summary>
[Collection(KestrelSseTests.Name)]
public sealed class ServerSentEventsProtocolTests(KestrelSseHub hub) : IDisposable
{
    private const string ActivitySubscription = "subscription($station: ID) { activityRecorded(stationId: $station) { id title } }";
    private readonly HttpClient _http = new() { BaseAddress = hub.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(30));

    private CancellationToken Timeout => _timeout.Token;

    [Fact]
    public async Task A_query_in_distinct_connections_mode_is_one_next_event_then_complete_with_event_stream_headers()
    {
        using var stream = await ServerSentEventReader.OpenAsync(_http, SseRequests.Post("{ indicators { code } }"), Timeout);

        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", stream.Response.Content.Headers.ContentType?.CharSet);
        Assert.True(stream.Response.Headers.CacheControl?.NoCache, "Cache-Control: no-cache");
        Assert.True(stream.Response.Headers.CacheControl?.NoStore, "Cache-Control: no-store, like every answer of the hub");
        Assert.Equal("no", Assert.Single(stream.Response.Headers.GetValues("X-Accel-Buffering")));

        var next = await stream.ReadEventAsync(Timeout);
        Assert.Equal("next", next!.Event);
        Assert.Null(next.Json!["errors"]);
        Assert.Equal(Hub.Data.Indicators.IndicatorCatalogue.All.Count, next.Json["data"]!["indicators"]!.AsArray().Count);
        Assert.Null(next.Json["id"]);
        var complete = await stream.ReadEventAsync(Timeout);
        Assert.Equal("complete", complete!.Event);
        Assert.True(string.IsNullOrEmpty(complete.Data), "distinct mode's complete carries no operation id");
        Assert.Null(await stream.ReadEventAsync(Timeout));
    }

    [Fact]
    public async Task A_query_sent_with_GET_parameters_streams_its_result()
    {
        var stations = await DemoStations.ReadAsync(hub.Client);
        var query = Uri.EscapeDataString("query($id: ID!) { station(id: $id) { id } }");
        var variables = Uri.EscapeDataString($$"""{"id":"{{stations.Inside}}"}""");
        using var stream = await ServerSentEventReader.OpenAsync(_http, new HttpRequestMessage(HttpMethod.Get, $"/graphql/stream?query={query}&variables={variables}"), Timeout);

        var next = await stream.ReadEventAsync(Timeout);
        Assert.Equal(stations.Inside, next!.Json!["data"]!["station"]!["id"]!.GetValue<string>());
        Assert.Equal("complete", (await stream.ReadEventAsync(Timeout))!.Event);
    }

    [Theory]
    [InlineData("{ indicators { nope } }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ indicators { code }", "GRAPHQL_PARSE_FAILED")]
    [InlineData("subscription { activityRecorded(regionCode: \"999999999999\") { id } }", "NOT_FOUND")]
    public async Task Errors_found_before_execution_are_a_next_event_with_the_errors_then_complete(string document, string code)
    {
        using var stream = await ServerSentEventReader.OpenAsync(_http, SseRequests.Post(document), Timeout);

        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        var next = await stream.ReadEventAsync(Timeout);
        Assert.Equal("next", next!.Event);
        Assert.Equal(code, next.Json!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("complete", (await stream.ReadEventAsync(Timeout))!.Event);
        Assert.Null(await stream.ReadEventAsync(Timeout));
    }

    [Fact]
    public async Task A_request_that_cannot_be_read_is_refused_like_GraphQL_over_HTTP_before_any_stream_starts()
    {
        using var badJson = new HttpRequestMessage(HttpMethod.Post, "/graphql/stream") { Content = new StringContent("{ nope", System.Text.Encoding.UTF8, "application/json") };
        using var refused = await ServerSentEventReader.OpenAsync(_http, badJson, Timeout);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Response.StatusCode);
        Assert.Equal("application/json", refused.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("BAD_REQUEST", await FirstErrorCodeAsync(refused.Response));

        var mutation = Uri.EscapeDataString("mutation { __typename }");
        using var overGet = await ServerSentEventReader.OpenAsync(_http, new HttpRequestMessage(HttpMethod.Get, $"/graphql/stream?query={mutation}"), Timeout);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, overGet.Response.StatusCode);
        Assert.Equal("POST", overGet.Response.Content.Headers.Allow.Single());

        using var large = await ServerSentEventReader.OpenAsync(_http, SseRequests.Post("{ indicators { code } }", new { padding = new string('x', 200 * 1024) }), Timeout);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.Response.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", await FirstErrorCodeAsync(large.Response));

        using var patch = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Patch, "/graphql/stream"), Timeout);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, patch.StatusCode);
        Assert.Equal("GET, POST, PUT, DELETE", string.Join(", ", patch.Content.Headers.Allow));
    }

    [Theory]
    [MemberData(nameof(Hub.Tests.Transport.BadBytes.Bodies), MemberType = typeof(Hub.Tests.Transport.BadBytes))]
    public async Task A_body_that_is_not_UTF8_or_not_Unicode_is_400_bad_request_before_any_stream_starts(string why, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/stream") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

        using var refused = await ServerSentEventReader.OpenAsync(_http, request, Timeout);

        Assert.True(refused.Response.StatusCode == HttpStatusCode.BadRequest, $"{why}: {(int)refused.Response.StatusCode}");
        Assert.Equal("application/json", refused.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("BAD_REQUEST", await FirstErrorCodeAsync(refused.Response));
    }

    [Fact]
    public async Task A_distinct_subscription_streams_its_station_s_activities_and_closing_the_response_frees_it()
    {
        var stations = await DemoStations.ReadAsync(hub.Client);
        var baseline = await hub.SettledSubscriberCountAsync();
        using var stream = await ServerSentEventReader.OpenAsync(_http, SseRequests.Post(ActivitySubscription, new { station = stations.Inside }), Timeout);
        Assert.Equal(baseline + 1, hub.Fanout.SubscriberCount);

        await ActivityRecording.RecordAsync(hub.Admin, stations.Outside, "GROUP_WORK", "elsewhere");
        var id = (await ActivityRecording.RecordAsync(hub.Admin, stations.Inside, "GROUP_WORK", "here"))["id"]!.GetValue<string>();

        var next = await stream.ReadEventAsync(Timeout);
        Assert.Equal("next", next!.Event);
        Assert.Equal(id, next.Json!["data"]!["activityRecorded"]!["id"]!.GetValue<string>());

        stream.Dispose();
        await Eventually.TrueAsync(() => hub.Fanout.SubscriberCount == baseline, "the server frees the subscription of a client that closed its stream");
    }

    [Fact]
    public async Task An_idle_stream_gets_keep_alive_comments()
    {
        var stations = await DemoStations.ReadAsync(hub.Client);
        using var stream = await ServerSentEventReader.OpenAsync(_http, SseRequests.Post(ActivitySubscription, new { station = stations.Inside }), Timeout);

        // The first comment is sent as the stream opens; with a one-second interval the next ones follow.
        using var threeSeconds = new CancellationTokenSource(TimeSpan.FromSeconds(3.5));
        for (var i = 0; i < 3; i++)
        {
            var message = await stream.ReadAsync(threeSeconds.Token);
            Assert.True(message!.IsComment, $"expected a keep-alive comment, got '{message.Event}'");
        }
    }

    [Fact]
    public async Task Single_connection_mode_reserves_a_stream_and_tags_each_result_with_its_operation_id()
    {
        var token = await SseRequests.ReserveAsync(_http);
        using var stream = await ServerSentEventReader.OpenAsync(_http, SseRequests.Open(token), Timeout);
        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);

        using var accepted = await _http.SendAsync(SseRequests.Post("{ indicators { code } }", extensions: new { operationId = "q1" }, token: token), Timeout);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

        var next = await stream.ReadEventAsync(Timeout);
        Assert.Equal("next", next!.Event);
        Assert.Equal("q1", next.Json!["id"]!.GetValue<string>());
        Assert.Equal(Hub.Data.Indicators.IndicatorCatalogue.All.Count, next.Json["payload"]!["data"]!["indicators"]!.AsArray().Count);
        var complete = await stream.ReadEventAsync(Timeout);
        Assert.Equal("complete", complete!.Event);
        Assert.Equal("q1", complete.Json!["id"]!.GetValue<string>());

        // The token may travel in the query string too (EventSource cannot set headers).
        using var viaQuery = await _http.SendAsync(
            new HttpRequestMessage(HttpMethod.Post, $"/graphql/stream?token={Uri.EscapeDataString(token)}")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ indicators { code } }", extensions = new { operationId = "q2" } }),
            },
            Timeout);
        Assert.Equal(HttpStatusCode.Accepted, viaQuery.StatusCode);
        Assert.Equal("q2", (await stream.ReadEventAsync(Timeout))!.Json!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_and_unknown_tokens_are_refused_with_401_and_404()
    {
        using var noToken = await _http.SendAsync(SseRequests.Post("{ indicators { code } }", extensions: new { operationId = "x" }), Timeout);
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal("EVENT_STREAM_TOKEN_MISSING", await FirstErrorCodeAsync(noToken));

        using var deleteWithoutToken = await _http.SendAsync(SseRequests.Delete("x", token: null), Timeout);
        Assert.Equal(HttpStatusCode.Unauthorized, deleteWithoutToken.StatusCode);

        using var unknownOperation = await _http.SendAsync(SseRequests.Post("{ indicators { code } }", extensions: new { operationId = "x" }, token: "no-such-token"), Timeout);
        Assert.Equal(HttpStatusCode.NotFound, unknownOperation.StatusCode);
        Assert.Equal("EVENT_STREAM_NOT_FOUND", await FirstErrorCodeAsync(unknownOperation));

        using var unknownStream = await ServerSentEventReader.OpenAsync(_http, SseRequests.Open("no-such-token"), Timeout);
        Assert.Equal(HttpStatusCode.NotFound, unknownStream.Response.StatusCode);
        Assert.Equal("application/json", unknownStream.Response.Content.Headers.ContentType?.MediaType);

        using var unknownDelete = await _http.SendAsync(SseRequests.Delete("x", "no-such-token"), Timeout);
        Assert.Equal(HttpStatusCode.NotFound, unknownDelete.StatusCode);
    }

    [Fact]
    public async Task A_second_connection_for_the_same_token_is_refused_with_409()
    {
        var token = await SseRequests.ReserveAsync(_http);
        using var first = await ServerSentEventReader.OpenAsync(_http, SseRequests.Open(token), Timeout);
        Assert.Equal(HttpStatusCode.OK, first.Response.StatusCode);

        using var second = await ServerSentEventReader.OpenAsync(_http, SseRequests.Open(token), Timeout);
        Assert.Equal(HttpStatusCode.Conflict, second.Response.StatusCode);
        Assert.Equal("EVENT_STREAM_ALREADY_OPEN", await FirstErrorCodeAsync(second.Response));
    }

    [Fact]
    public async Task DELETE_completes_a_subscription_on_the_stream_and_frees_it()
    {
        var stations = await DemoStations.ReadAsync(hub.Client);
        var baseline = await hub.SettledSubscriberCountAsync();
        var token = await SseRequests.ReserveAsync(_http);
        using var stream = await ServerSentEventReader.OpenAsync(_http, SseRequests.Open(token), Timeout);
        using (var accepted = await _http.SendAsync(SseRequests.Post(ActivitySubscription, new { station = stations.AlsoInside }, new { operationId = "live" }, token), Timeout))
        {
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        Assert.Equal(baseline + 1, hub.Fanout.SubscriberCount);
        var id = (await ActivityRecording.RecordAsync(hub.Admin, stations.AlsoInside, "GROUP_WORK", "before delete"))["id"]!.GetValue<string>();
        var next = await stream.ReadEventAsync(Timeout);
        Assert.Equal("live", next!.Json!["id"]!.GetValue<string>());
        Assert.Equal(id, next.Json["payload"]!["data"]!["activityRecorded"]!["id"]!.GetValue<string>());

        using (var deleted = await _http.SendAsync(SseRequests.Delete("live", token), Timeout))
        {
            Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        }

        var complete = await stream.ReadEventAsync(Timeout);
        Assert.Equal("complete", complete!.Event);
        Assert.Equal("live", complete.Json!["id"]!.GetValue<string>());
        Assert.Equal(baseline, hub.Fanout.SubscriberCount);

        // Completing an operation that already ended is not an error: it may have ended by itself.
        using var again = await _http.SendAsync(SseRequests.Delete("live", token), Timeout);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Closing_the_single_connection_stream_frees_its_operations_and_forgets_the_token()
    {
        var stations = await DemoStations.ReadAsync(hub.Client);
        var baseline = await hub.SettledSubscriberCountAsync();
        var token = await SseRequests.ReserveAsync(_http);
        var stream = await ServerSentEventReader.OpenAsync(_http, SseRequests.Open(token), Timeout);
        for (var i = 0; i < 2; i++)
        {
            using var accepted = await _http.SendAsync(SseRequests.Post(ActivitySubscription, new { station = stations.Inside }, new { operationId = $"s{i}" }, token), Timeout);
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        Assert.Equal(baseline + 2, hub.Fanout.SubscriberCount);
        stream.Dispose();

        await Eventually.TrueAsync(() => hub.Fanout.SubscriberCount == baseline, "the server frees the operations of a stream the client closed");
        await Eventually.TrueAsync(
            () => _http.Send(SseRequests.Post("{ indicators { code } }", extensions: new { operationId = "late" }, token: token)).StatusCode == HttpStatusCode.NotFound,
            "the closed stream's token is forgotten");
    }

    [Fact]
    public async Task Operations_need_a_unique_id_and_a_stream_runs_at_most_its_limit()
    {
        var stations = await DemoStations.ReadAsync(hub.Client);
        var token = await SseRequests.ReserveAsync(_http);
        using var stream = await ServerSentEventReader.OpenAsync(_http, SseRequests.Open(token), Timeout);

        using (var noId = await _http.SendAsync(SseRequests.Post("{ indicators { code } }", token: token), Timeout))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noId.StatusCode);
        }

        for (var i = 0; i < KestrelSseHub.MaxOperationsPerStream; i++)
        {
            using var accepted = await _http.SendAsync(SseRequests.Post(ActivitySubscription, new { station = stations.Inside }, new { operationId = $"op{i}" }, token), Timeout);
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        using (var duplicate = await _http.SendAsync(SseRequests.Post(ActivitySubscription, new { station = stations.Inside }, new { operationId = "op0" }, token), Timeout))
        {
            Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
            Assert.Equal("OPERATION_ID_IN_USE", await FirstErrorCodeAsync(duplicate));
        }

        using (var tooMany = await _http.SendAsync(SseRequests.Post(ActivitySubscription, new { station = stations.Inside }, new { operationId = "one-more" }, token), Timeout))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, tooMany.StatusCode);
            Assert.Equal("TOO_MANY_STREAM_OPERATIONS", await FirstErrorCodeAsync(tooMany));
        }

        // Completing one makes room for another.
        (await _http.SendAsync(SseRequests.Delete("op0", token), Timeout)).Dispose();
        using var room = await _http.SendAsync(SseRequests.Post(ActivitySubscription, new { station = stations.Inside }, new { operationId = "one-more" }, token), Timeout);
        Assert.Equal(HttpStatusCode.Accepted, room.StatusCode);
    }

    [Fact]
    public async Task A_single_connection_operation_refused_before_execution_is_a_400_answer_and_nothing_on_the_stream()
    {
        var token = await SseRequests.ReserveAsync(_http);
        using var stream = await ServerSentEventReader.OpenAsync(_http, SseRequests.Open(token), Timeout);

        using var refused = await _http.SendAsync(SseRequests.Post("{ indicators { nope } }", extensions: new { operationId = "bad" }, token: token), Timeout);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", await FirstErrorCodeAsync(refused));

        using var accepted = await _http.SendAsync(SseRequests.Post("{ indicators { code } }", extensions: new { operationId = "good" }, token: token), Timeout);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal("good", (await stream.ReadEventAsync(Timeout))!.Json!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_reservation_that_is_not_opened_in_time_expires()
    {
        var token = await SseRequests.ReserveAsync(_http);
        await Task.Delay(KestrelSseHub.ReservationTimeout + TimeSpan.FromSeconds(1));

        using var late = await ServerSentEventReader.OpenAsync(_http, SseRequests.Open(token), Timeout);
        Assert.Equal(HttpStatusCode.NotFound, late.Response.StatusCode);
    }

    [Fact]
    public async Task A_reservation_refuses_an_Accept_header_without_text_plain()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql/stream");
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await _http.SendAsync(request, Timeout);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    private static async Task<string?> FirstErrorCodeAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    public void Dispose()
    {
        _http.Dispose();
        _timeout.Dispose();
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Hub.Data.ActivityFeed;
using Hub.Tests.Infrastructure;
using Hub.Tests.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Telemetry;

/// <summary>
/// GET /metrics on the real server over HTTP: a successful query, a refused one and a subscription over WebSocket
/// each show up in the DataHub series with the labels the README lists, counted by the difference between a
/// scrape before and one after.
/// </summary>
[Collection(TelemetryTests.Name)]
public sealed class MetricsEndpointTests(TelemetryHub hub)
{
    private const string Feed = "subscription { activityRecorded { id title } }";

    // Deeper than the default limit of 15: refused by the hub's limits before GraphQL.NET's own validation.
    private static readonly string TooDeep =
        "{ regions(first: 1) { nodes { " + string.Concat(Enumerable.Repeat("parent { ", 16)) + "name" + new string('}', 16) + " } } }";

    // The exporter answers repeated scrapes within 300 ms from a cache, and observable instruments are read at the
    // scrape: each expectation is polled until it holds.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_query_a_refused_query_and_a_subscription_are_counted_with_their_labels()
    {
        var before = await PrometheusScrape.TakeAsync(hub.Client.Http);
        var (inside, _, _) = await ActivityRecording.StationsAsync(hub.Client);

        var ok = await hub.Client.PostAsync("{ indicators { code } }");
        Assert.Equal(HttpStatusCode.OK, ok.Status);
        var refused = await hub.Client.PostAsync("{ noSuchField }");
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", refused.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
        var tooDeep = await hub.Client.PostAsync(TooDeep);
        Assert.Equal(HttpStatusCode.BadRequest, tooDeep.Status);
        Assert.Equal("QUERY_TOO_DEEP", tooDeep.Errors![0]!["extensions"]!["code"]!.GetValue<string>());

        using var socket = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);
        var subscribers = hub.Services.GetRequiredService<ActivityFanout>().SubscriberCount;
        await socket.SubscribeAsync("feed", Feed);
        await ActivityRecording.WaitForSubscribersAsync(hub.Services, subscribers + 1);
        await EventuallyAsync(before, s => s.Value("datahub_websocket_connections") - before.Value("datahub_websocket_connections") == 1, "one more open WebSocket connection");

        await ActivityRecording.RecordAsync(hub.Admin, inside, "TRAINING", "遥测培训");
        Assert.Equal("next", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
        await socket.CloseAsync();

        var after = await EventuallyAsync(before, s =>
            Delta(before, s, "datahub_graphql_requests_total", ("transport", "websocket"), ("graphql_operation_type", "subscription"), ("outcome", "ok")) == 1
            && s.Value("datahub_websocket_connections") == before.Value("datahub_websocket_connections"),
            "the subscription counted and its connection closed");

        // The stations query, the indicators query and the recording mutation ran; the two refused queries did not,
        // and are counted as queries all the same (the document was read, only its validation failed).
        Assert.True(
            Delta(before, after, "datahub_graphql_requests_total", ("transport", "http"), ("graphql_operation_type", "query"), ("outcome", "ok"), ("http_response_status_code", "200")) == 2,
            after.Describe("datahub_graphql_requests_total"));
        Assert.Equal(1, Delta(before, after, "datahub_graphql_requests_total", ("transport", "http"), ("graphql_operation_type", "mutation"), ("outcome", "ok"), ("http_response_status_code", "200")));
        Assert.True(
            Delta(before, after, "datahub_graphql_requests_total", ("transport", "http"), ("graphql_operation_type", "query"), ("outcome", "refused"), ("http_response_status_code", "400")) == 2,
            after.Describe("datahub_graphql_requests_total"));
        Assert.Equal(5, Delta(before, after, "datahub_graphql_request_duration_seconds_count", ("transport", "http")));

        Assert.True(Delta(before, after, "datahub_graphql_errors_total", ("code", "GRAPHQL_VALIDATION_FAILED")) == 1, after.Describe("datahub_graphql_errors_total"));
        Assert.True(Delta(before, after, "datahub_graphql_errors_total", ("code", "QUERY_TOO_DEEP")) == 1, after.Describe("datahub_graphql_errors_total"));

        // One activity recorded, one subscriber listening: one delivery, nothing dropped.
        Assert.Equal(1, Delta(before, after, "datahub_subscription_deliveries_total"));
        Assert.Equal(0, Delta(before, after, "datahub_subscription_drops_total"));

        // The two queries sent SQL (the refused one never ran), and so did the mutation.
        Assert.Equal(2, Delta(before, after, "datahub_graphql_sql_statements_count", ("graphql_operation_type", "query")));
        Assert.True(Delta(before, after, "datahub_graphql_sql_statements_sum", ("graphql_operation_type", "query")) >= 2);
        Assert.Equal(1, Delta(before, after, "datahub_graphql_sql_statements_count", ("graphql_operation_type", "mutation")));
    }

    [Fact]
    public async Task An_open_SSE_stream_is_counted_while_it_is_open()
    {
        var before = await PrometheusScrape.TakeAsync(hub.Client.Http);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/stream?query=" + Uri.EscapeDataString(Feed));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await hub.Client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await EventuallyAsync(before, s => s.Value("datahub_sse_streams") - before.Value("datahub_sse_streams") == 1, "one more open SSE stream");
        response.Dispose();
        var after = await EventuallyAsync(before, s => s.Value("datahub_sse_streams") == before.Value("datahub_sse_streams"), "the SSE stream closed");
        Assert.Equal(1, Delta(before, after, "datahub_graphql_requests_total", ("transport", "sse"), ("graphql_operation_type", "subscription"), ("outcome", "ok")));
    }

    [Fact]
    public async Task Scrapes_are_not_rate_limited_like_the_GraphQL_endpoint()
    {
        for (var i = 0; i < TelemetryHub.Permits + 10; i++)
        {
            // TakeAsync fails on anything but 200.
            await PrometheusScrape.TakeAsync(hub.Client.Http);
        }
    }

    [Fact]
    public async Task The_scrape_has_the_ASP_NET_Core_and_runtime_series()
    {
        // ASP.NET Core counts a request once it has been answered: this one, at the latest by the next scrape.
        Assert.Null((await hub.Client.PostAsync("{ indicators { code } }")).Errors);
        var before = await PrometheusScrape.TakeAsync(hub.Client.Http);

        var scrape = await EventuallyAsync(before, s => s.Has("http_server_request_duration_seconds_count"), "ASP.NET Core's request duration");
        Assert.True(scrape.Has("dotnet_gc_collections_total") || scrape.Has("process_runtime_dotnet_gc_collections_count_total"), scrape.Text);
    }

    private static double Delta(PrometheusScrape before, PrometheusScrape after, string name, params (string, string)[] labels) =>
        after.Value(name, labels) - before.Value(name, labels);

    private async Task<PrometheusScrape> EventuallyAsync(PrometheusScrape before, Func<PrometheusScrape, bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var scrape = await PrometheusScrape.TakeAsync(hub.Client.Http);
            if (condition(scrape))
            {
                return scrape;
            }

            Assert.True(watch.Elapsed < Patience, $"Timed out waiting for {what}; before:\n{before.Text}\nnow:\n{scrape.Text}");
            await Task.Delay(100);
        }
    }
}

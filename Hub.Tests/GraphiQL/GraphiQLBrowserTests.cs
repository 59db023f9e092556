using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Hub.Data.ActivityFeed;
using Hub.Tests.Infrastructure;
using Hub.Tests.Transport;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.Tests.GraphiQL;

/// <summary>
/// A person's session in the IDE, in Debian's headless Chromium against the real hub on a real port: open
/// /graphql, type a query, run it, read the result; open the docs; run a subscription and see an activity recorded
/// meanwhile over HTTP arrive in the result pane. What the browser shows
/// is compared with what the same server answers over plain HTTP, never with values written into the test.
/// </summary>
public sealed class GraphiQLBrowserTests(KestrelSqliteDemoHub hub, ITestOutputHelper output) : IClassFixture<KestrelSqliteDemoHub>
{
    private const string Query = "{ stations(first: 3) { totalCount edges { node { name } } } }";
    private const string Subscription = "subscription ActivityFeed { activityRecorded { title } }";
    private const string DocumentedType = "Station";

    [Fact]
    public async Task A_person_runs_a_query_in_GraphiQL_reads_the_stations_finds_the_schema_in_the_docs_and_watches_a_subscription()
    {
        await Task.WhenAll(Chromium.EnsureInstalledAsync(), NodeClients.EnsureInstalledAsync());
        var expected = await hub.Client.QueryAsync(Query);
        var names = expected["stations"]!["edges"]!.AsArray().Select(e => e!["node"]!["name"]!.GetValue<string>()).ToList();
        var documented = await hub.Client.QueryAsync($$"""{ __type(name: "{{DocumentedType}}") { fields { name } } }""");
        var fields = documented["__type"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToList();
        var ide = new Uri(hub.BaseAddress, "/graphql");
        var screenshot = Path.Combine(AppContext.BaseDirectory, "graphiql-browser-test.png");

        var title = $"浏览器订阅 {Guid.NewGuid():N}"[..14];
        var fanout = hub.Services.GetRequiredService<ActivityFanout>();
        var subscribersBefore = fanout.SubscriberCount;

        var browser = NodeClients.RunAsync(
            "node", ["graphiql.mjs", ide.ToString(), Query, DocumentedType, Subscription, title, screenshot], TimeSpan.FromMinutes(3));
        // The browser's subscription is live once the server's feed has its subscriber; then an activity is recorded.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (fanout.SubscriberCount <= subscribersBefore && !browser.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        if (fanout.SubscriberCount > subscribersBefore)
        {
            var (station, _) = await hub.Client.StationAsync(0);
            var recorded = await hub.Client.QueryAsync(
                "mutation($input: RecordActivityInput!) { recordActivity(input: $input) { errors { message } } }",
                new { input = new { stationId = station, kind = "THEMED_ACTIVITY", title, occurredOn = "2025-03-01" } });
            Assert.Empty(recorded["recordActivity"]!["errors"]!.AsArray());
        }

        var json = await browser;
        output.WriteLine($"screenshot: {screenshot}");
        output.WriteLine(json);
        var seen = JsonSerializer.Deserialize<BrowserSession>(json) ?? throw new InvalidOperationException("graphiql.mjs printed nothing: " + json);

        Assert.Equal(200, seen.PageStatus);
        Assert.StartsWith("text/html", seen.PageContentType, StringComparison.Ordinal);
        Assert.Empty(seen.PageErrors);
        Assert.Empty(seen.ForeignRequests);
        Assert.DoesNotContain(seen.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));

        // The result pane shows the very answer the server gives over HTTP: the demo stations, by name.
        Assert.Equal(3, names.Count);
        Assert.All(names, name => Assert.Contains(name, seen.Result, StringComparison.Ordinal));
        Assert.True(
            JsonNode.DeepEquals(expected, JsonNode.Parse(seen.Result)?["data"]),
            $"The result pane shows\n{seen.Result}\nbut the server answers\n{expected.ToJsonString()}");

        // The docs explorer lists the type among all schema types, and its page lists the type's fields.
        Assert.Contains(DocumentedType, Lines(seen.SchemaDocs));
        var typeDocs = Lines(seen.TypeDocs);
        Assert.NotEmpty(fields);
        Assert.All(fields, field => Assert.Contains(typeDocs, line => line.StartsWith(field + ":", StringComparison.Ordinal) || line.StartsWith(field + "(", StringComparison.Ordinal)));

        // Subscriptions go over graphql-transport-ws to the same host and path, and the recorded activity arrives.
        Assert.Equal(new Uri($"ws://{hub.BaseAddress.Authority}/graphql"), new Uri(seen.SubscriptionSocket));
        Assert.Empty(seen.SubscriptionErrors);
        Assert.Equal(title, JsonNode.Parse(seen.SubscriptionResult)?["data"]?["activityRecorded"]?["title"]?.GetValue<string>());
    }

    /// <summary>The IDE's route sits on the GraphQL endpoint's path; the spec's audit proves it takes nothing from the endpoint.</summary>
    [Fact]
    public async Task Every_graphql_http_server_audit_still_passes_on_the_real_server_with_the_IDE_mapped()
    {
        await NodeClients.EnsureInstalledAsync();

        var json = await NodeClients.RunAsync("node", ["audit.mjs", new Uri(hub.BaseAddress, "/graphql").ToString()], TimeSpan.FromMinutes(2));

        var results = JsonSerializer.Deserialize<List<JsonObject>>(json) ?? throw new InvalidOperationException("audit.mjs printed no results: " + json);
        Assert.NotEmpty(results);
        var failures = results.Where(r => r["status"]?.GetValue<string>() != "ok").Select(r => r.ToJsonString()).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {results.Count} audits did not pass:\n" + string.Join('\n', failures));
    }

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private sealed record BrowserSession(
        [property: JsonPropertyName("pageStatus")] int? PageStatus,
        [property: JsonPropertyName("pageContentType")] string? PageContentType,
        [property: JsonPropertyName("foreignRequests")] List<string> ForeignRequests,
        [property: JsonPropertyName("pageErrors")] List<string> PageErrors,
        [property: JsonPropertyName("consoleErrors")] List<string> ConsoleErrors,
        [property: JsonPropertyName("result")] string Result,
        [property: JsonPropertyName("schemaDocs")] string SchemaDocs,
        [property: JsonPropertyName("typeDocs")] string TypeDocs,
        [property: JsonPropertyName("subscriptionSocket")] string SubscriptionSocket,
        [property: JsonPropertyName("subscriptionErrors")] List<string> SubscriptionErrors,
        [property: JsonPropertyName("subscriptionResult")] string SubscriptionResult);
}

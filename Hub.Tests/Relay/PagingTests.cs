using System.Net;
using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Relay;

/// <summary>
/// Cursor paging walks a connection forwards and backwards without gaps or repeats, at the root
/// (paged in SQL) and nested (paged per parent in one statement); bad paging arguments are refused clearly.
/// </summary>
public abstract class PagingTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string StationPage = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          stations(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            edges { cursor node { name } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    [Fact]
    public async Task Walking_forward_page_by_page_visits_every_station_once_in_order()
    {
        var all = Names(await StationsAsync(new { first = 100 }));
        Assert.True(all.Count > 5, "the demo dataset has more stations than one small page");

        var walked = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 20; pages++)
        {
            var page = await StationsAsync(new { first = 4, after });
            walked.AddRange(Names(page));
            Assert.Equal(all.Count, page["totalCount"]!.GetValue<int>());
            Assert.Equal(after is not null, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(all, walked);
    }

    [Fact]
    public async Task Last_and_before_page_backwards_over_the_same_order()
    {
        var all = Names(await StationsAsync(new { first = 100 }));
        var tail = await StationsAsync(new { last = 3 });
        Assert.Equal(all.TakeLast(3), Names(tail));
        Assert.True(tail["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.False(tail["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var before = await StationsAsync(new { last = 2, before = tail["pageInfo"]!["startCursor"]!.GetValue<string>() });
        Assert.Equal(all.SkipLast(3).TakeLast(2), Names(before));
    }

    [Fact]
    public async Task Nested_connections_page_each_parent_on_its_own()
    {
        const string query = """
            query($first: Int, $after: String, $last: Int) {
              stations(first: 100) { nodes { name projects(first: $first, after: $after, last: $last) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } } }
            }
            """;
        var everything = await hub.Client.QueryAsync(query, new { first = 100 });
        var full = ((JsonArray)everything["stations"]!["nodes"]!).ToDictionary(
            s => s!["name"]!.GetValue<string>(),
            s => ((JsonArray)s!["projects"]!["nodes"]!).Select(p => p!["name"]!.GetValue<string>()).ToList());
        var (busiest, projects) = full.MaxBy(pair => pair.Value.Count);
        Assert.True(projects.Count > 2, "some demo station runs several projects");

        var firstTwo = Station(await hub.Client.QueryAsync(query, new { first = 2 }), busiest);
        Assert.Equal(projects.Take(2), ProjectNames(firstTwo));
        Assert.Equal(projects.Count, firstTwo["totalCount"]!.GetValue<int>());
        Assert.True(firstTwo["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var rest = Station(await hub.Client.QueryAsync(query, new { first = 100, after = firstTwo["pageInfo"]!["endCursor"]!.GetValue<string>() }), busiest);
        Assert.Equal(projects.Skip(2), ProjectNames(rest));

        var lastOne = Station(await hub.Client.QueryAsync(query, new { last = 1 }), busiest);
        Assert.Equal(projects.TakeLast(1), ProjectNames(lastOne));
    }

    [Theory]
    [InlineData("{ stations(first: 101) { totalCount } }", "PAGE_SIZE_EXCEEDED")]
    [InlineData("{ stations(last: 500) { totalCount } }", "PAGE_SIZE_EXCEEDED")]
    [InlineData("{ stations(first: -1) { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ stations(first: 2, last: 2) { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ stations(after: \"not-a-cursor\") { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ nodes(ids: [\"bm9wZQ\"]) { id } }", "BAD_USER_INPUT")]
    [InlineData("{ station(id: \"UmVnaW9uOjE\") { name } }", "BAD_USER_INPUT")]
    public async Task Bad_paging_and_id_arguments_are_refused_with_a_code(string query, string code)
    {
        var response = await hub.Client.PostExecutedAsync(query);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(code, response.FirstErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(response.Errors![0]!["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Node_fetches_again_whatever_a_connection_returned()
    {
        var data = await hub.Client.QueryAsync("{ stations(first: 3) { nodes { id name } } regions(first: 2) { nodes { id code } } }");
        var ids = ((JsonArray)data["stations"]!["nodes"]!).Concat((JsonArray)data["regions"]!["nodes"]!).Select(n => n!["id"]!.GetValue<string>()).ToList();
        var response = await hub.Client.PostExecutedAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Station { name } ... on Region { code } } }",
            new { ids });
        Assert.Null(response.Errors);
        Assert.Equal(ids, ((JsonArray)response.Data!["nodes"]!).Select(n => n!["id"]!.GetValue<string>()));

        // one statement per node type, whatever the number of ids
        Assert.Equal(2, response.SqlStatements);
    }

    private async Task<JsonObject> StationsAsync(object variables) =>
        (JsonObject)(await hub.Client.QueryAsync(StationPage, variables))["stations"]!;

    private static List<string> Names(JsonObject connection) =>
        ((JsonArray)connection["edges"]!).Select(e => e!["node"]!["name"]!.GetValue<string>()).ToList();

    private static JsonObject Station(JsonObject data, string name) =>
        (JsonObject)((JsonArray)data["stations"]!["nodes"]!).Single(s => s!["name"]!.GetValue<string>() == name)!["projects"]!;

    private static IEnumerable<string> ProjectNames(JsonObject connection) =>
        ((JsonArray)connection["nodes"]!).Select(p => p!["name"]!.GetValue<string>());
}

public sealed class PagingOnSqlite(SqliteDemoHub hub) : PagingTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class PagingOnMariaDb(MariaDbDemoHub hub) : PagingTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

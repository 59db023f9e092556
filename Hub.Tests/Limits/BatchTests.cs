using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using static Hub.Tests.Limits.LimitAssertions;

namespace Hub.Tests.Limits;

/// <summary>A POST body may be a JSON array of requests; each runs on its own and the batch has a size limit.</summary>
public sealed class BatchTests(SqliteDemoHub hub) : IClassFixture<SqliteDemoHub>
{
    [Fact]
    public async Task A_batch_answers_an_array_of_results_in_order_each_with_its_own_errors()
    {
        var (status, body) = await PostAsync("""
            [
              { "query": "{ stations(first: 2) { nodes { name } } }" },
              { "query": "{ nope }" },
              { "query": "query($code: String!) { region(code: $code) { code } }", "variables": { "code": "370102" } },
              { "query": "query A { indicators { code } } query B { brands(first: 1) { totalCount } }", "operationName": "B" }
            ]
            """);

        Assert.Equal(HttpStatusCode.OK, status);
        var results = body.AsArray();
        Assert.Equal(4, results.Count);
        Assert.Equal(2, results[0]!["data"]!["stations"]!["nodes"]!.AsArray().Count);
        Assert.Null(results[0]!["errors"]);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", results[1]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(results[1]!["data"]);
        Assert.Null(results[2]!["errors"]);
        Assert.True(results[3]!["data"]!["brands"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Each_request_of_a_batch_runs_as_if_alone_and_counts_its_own_statements()
    {
        var alone = await hub.Client.PostExecutedAsync("{ stations(first: 3) { nodes { name operator { name } } } }");
        var query = new JsonObject { ["query"] = "{ stations(first: 3) { nodes { name operator { name } } } }" };
        var (status, body) = await PostAsync(new JsonArray(query.DeepClone(), query.DeepClone()).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(alone.SqlStatements > 0);
        Assert.Equal(alone.SqlStatements, body[0]!["extensions"]!["sqlStatements"]!.GetValue<int>());
        Assert.Equal(alone.SqlStatements, body[1]!["extensions"]!["sqlStatements"]!.GetValue<int>());
    }

    [Fact]
    public async Task Each_request_of_a_batch_is_held_to_the_limits_on_its_own()
    {
        var aliases = string.Concat(Enumerable.Range(0, 100).Select(i => $"a{i}: code "));
        var (status, body) = await PostAsync(new JsonArray(
            new JsonObject { ["query"] = "{ indicators { " + aliases + "} }" },
            new JsonObject { ["query"] = "{ indicators { code } }" }).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("TOO_MANY_ALIASES", body[0]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.NotEmpty(body[1]!["data"]!["indicators"]!.AsArray());
    }

    [Fact]
    public async Task A_batch_over_the_limit_is_refused_whole_with_400_batch_too_large()
    {
        var batch = "[" + string.Join(",", Enumerable.Repeat("""{ "query": "{ indicators { code } }" }""", 11)) + "]";

        var clock = Stopwatch.StartNew();
        var (status, body) = await PostAsync(batch);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BATCH_TOO_LARGE", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("10", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < HangGuard);
        await AssertHealthyAsync(hub.Client);
    }

    [Theory]
    [InlineData("[]", "empty array")]
    [InlineData("""[{ "query": "{ indicators { code } }" }, 42]""", "Request 2 of the batch is a number")]
    [InlineData("""[{ "query": "{ indicators { code } }" }, { "query": { "not": "a string" } }]""", "Request 2 of the batch: The 'query' parameter")]
    public async Task A_malformed_batch_is_refused_whole_with_400_bad_request(string batch, string message)
    {
        var (status, body) = await PostAsync(batch);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BAD_REQUEST", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains(message, body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await hub.Client.Http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}

using System.Net;
using System.Text;

namespace Hub.Tests.Limits;

/// <summary>
/// On SQLite the same limit holds with a time-out no request can meet. (Microsoft.Data.Sqlite does not interrupt a
/// running statement when cancelled: the deadline is observed between statements and when the last one returns.)
/// </summary>
public sealed class RequestTimeoutOnSqliteTests(SqliteTimeoutHub hub) : IClassFixture<SqliteTimeoutHub>
{
    [Fact]
    public async Task A_request_past_the_time_limit_is_answered_408_for_both_media_types()
    {
        const string listing = "{ stations(first: 100) { nodes { name region { name } brands { name projects { name } } partners { name } } } }";
        foreach (var accept in new[] { "application/graphql-response+json", "application/json" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent($$"""{ "query": "{{listing}}" }""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.ParseAdd(accept);

            using var response = await hub.Client.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.RequestTimeout, body);
            Assert.Equal(accept, response.Content.Headers.ContentType!.MediaType);
            Assert.Contains("\"REQUEST_TIMEOUT\"", body, StringComparison.Ordinal);
        }

        using var health = await hub.Client.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_batch_past_the_time_limit_is_refused_whole()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                """[{ "query": "{ stations(first: 50) { nodes { name } } }" }, { "query": "{ brands(first: 50) { nodes { name } } }" }]""",
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await hub.Client.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.RequestTimeout, body);
        Assert.StartsWith("{", body, StringComparison.Ordinal);
        Assert.Contains("\"REQUEST_TIMEOUT\"", body, StringComparison.Ordinal);
    }
}

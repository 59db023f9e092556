using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Hub.Tests.Infrastructure;

/// <summary>Posts GraphQL documents to /graphql over real HTTP and hands back the parsed response.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? operationName = null) =>
        SendAsync(query, variables, operationName, fresh: false);

    /// <summary>
    /// Posts with <c>Cache-Control: no-cache</c>, so the server executes the operation even when it keeps its answer:
    /// for tests that count what an execution costs (its <c>sqlStatements</c>), which a kept answer would not show.
    /// </summary>
    public Task<GraphQLResponse> PostExecutedAsync(string query, object? variables = null, string? operationName = null) =>
        SendAsync(query, variables, operationName, fresh: true);

    private async Task<GraphQLResponse> SendAsync(string query, object? variables, string? operationName, bool fresh)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables, operationName }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (fresh)
        {
            request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        }

        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonNode.Parse(body)?.AsObject() ?? throw new InvalidOperationException("Empty response body."), body);
    }

    /// <summary>Posts and fails the test on any GraphQL error; returns <c>data</c>.</summary>
    public async Task<JsonObject> QueryAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Errors is null, $"GraphQL errors: {response.Body}");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Data!;
    }
}

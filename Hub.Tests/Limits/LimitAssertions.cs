using System.Diagnostics;
using System.Net;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Limits;

/// <summary>What every refusal test checks: the status, the code, that no time was wasted, and that the server still answers.</summary>
public static class LimitAssertions
{
    /// <summary>
    /// Not a performance assertion: a refusal takes milliseconds. Without the limits these documents took from
    /// seconds to hours or crashed the process, so the bound only stops a regression from hanging the test run.
    /// </summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(5);

    public static async Task<GraphQLResponse> AssertRefusedAsync(GraphQLClient client, string query, string code, object? variables = null, string? operationName = null)
    {
        var clock = Stopwatch.StartNew();
        var response = await client.PostAsync(query, variables, operationName);
        clock.Stop();

        Assert.True(response.Status == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.Status}: {Shorten(response.Body)}");
        Assert.True(code == response.FirstErrorCode, $"Expected {code}: {Shorten(response.Body)}");
        Assert.Null(response.Data);
        Assert.True(clock.Elapsed < HangGuard, $"The refusal took {clock.Elapsed}.");
        await AssertHealthyAsync(client);
        return response;
    }

    /// <summary>A normal query and the health endpoint both still answer.</summary>
    public static async Task AssertHealthyAsync(GraphQLClient client)
    {
        var data = await client.QueryAsync("{ stations(first: 2) { nodes { name region { name } } } }");
        Assert.Equal(2, data["stations"]!["nodes"]!.AsArray().Count);
        using var health = await client.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    public static string Shorten(string text) => text.Length <= 500 ? text : text[..500] + "…";
}

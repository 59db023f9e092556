using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Hub.Tests.Infrastructure;
using Hub.Tests.Transport;
using Xunit.Abstractions;

namespace Hub.Tests.Cors;

/// <summary>
/// Partner sites calling the hub from Debian's headless Chromium: pages served by another web server (other origins
/// than the hub's) fetch the public listing anonymously and succeed whether or not their origin is listed; a fetch
/// with an Authorization header is blocked by the browser on the unlisted page and answered on the listed one. What
/// the pages read is compared with what the same server answers over plain HTTP.
/// </summary>
public sealed class CrossOriginBrowserTests(CrossOriginHub hub, ITestOutputHelper output) : IClassFixture<CrossOriginHub>
{
    private const string Listing = "{ publicProjects(first: 5) { totalCount nodes { name stationName } } }";
    private const string Credentialed = "{ auditLog(first: 1) { totalCount } }";

    [Fact]
    public async Task A_partner_page_reads_the_public_listing_anonymously_and_only_a_listed_origin_may_send_credentials()
    {
        await Task.WhenAll(Chromium.EnsureInstalledAsync(), NodeClients.EnsureInstalledAsync());
        var expected = await hub.Client.QueryAsync(Listing);
        Assert.True(expected["publicProjects"]!["totalCount"]!.GetValue<int>() > 0);

        var json = await NodeClients.RunAsync(
            "node",
            ["cors.mjs", hub.GraphQL.ToString(), Listing, Credentialed, TestTokens.Admin, hub.ListedPage.ToString(), hub.UnlistedPage.ToString()],
            TimeSpan.FromMinutes(3));
        output.WriteLine(json);
        var seen = JsonSerializer.Deserialize<BrowserRun>(json) ?? throw new InvalidOperationException("cors.mjs printed nothing: " + json);
        Assert.Null(seen.Failure);
        Assert.Equal(2, seen.Pages.Count);
        var listed = seen.Pages[0];
        var unlisted = seen.Pages[1];
        Assert.Equal(hub.ListedPage.GetLeftPart(UriPartial.Authority), listed.Origin);
        Assert.Equal(hub.UnlistedPage.GetLeftPart(UriPartial.Authority), unlisted.Origin);
        Assert.NotEqual(hub.GraphQL.GetLeftPart(UriPartial.Authority), listed.Origin);

        foreach (var page in seen.Pages)
        {
            Assert.Equal(200, page.PageStatus);
            Assert.Empty(page.PageErrors);

            // Anonymous reading works from any origin: POST (preflighted for application/json), GET, and the stream.
            AssertListing(expected, page.AnonymousPost, page.Origin);
            AssertListing(expected, page.AnonymousGet, page.Origin);
            Assert.Equal(200, page.AnonymousEvents.Status);
            Assert.StartsWith("text/event-stream", page.AnonymousEvents.ContentType, StringComparison.Ordinal);
            Assert.Contains("event: complete", page.AnonymousEvents.Body, StringComparison.Ordinal);
            Assert.Contains(expected["publicProjects"]!["nodes"]![0]!["name"]!.GetValue<string>(), page.AnonymousEvents.Body, StringComparison.Ordinal);

            // A WebSocket is not subject to CORS: the handshake is answered for either page.
            Assert.Equal("connection_ack", page.WebSocket.Message);
        }

        // The listed origin's credentialed request is answered, as the ADMIN the token names.
        Assert.Null(listed.CredentialedPost.Error);
        Assert.Equal(200, listed.CredentialedPost.Status);
        var answer = JsonNode.Parse(listed.CredentialedPost.Body!)!;
        Assert.Null(answer["errors"]);
        Assert.NotNull(answer["data"]?["auditLog"]?["totalCount"]);
        Assert.DoesNotContain(listed.ConsoleErrors, e => e.Contains("CORS", StringComparison.Ordinal));

        // The unlisted origin's is blocked by the browser: the page gets a TypeError, the console says why.
        Assert.Null(unlisted.CredentialedPost.Status);
        Assert.StartsWith("TypeError", unlisted.CredentialedPost.Error, StringComparison.Ordinal);
        Assert.Contains(unlisted.ConsoleErrors, e => e.Contains("CORS policy", StringComparison.Ordinal) && e.Contains(unlisted.Origin, StringComparison.Ordinal));
    }

    private static void AssertListing(JsonObject expected, Attempt attempt, string origin)
    {
        Assert.True(attempt.Error is null, $"{origin}: {attempt.Error}");
        Assert.Equal(200, attempt.Status);
        var data = JsonNode.Parse(attempt.Body!)?["data"];
        Assert.True(JsonNode.DeepEquals(expected, data), $"{origin} read\n{attempt.Body}\nbut the server answers\n{expected.ToJsonString()}");
    }

    private sealed record BrowserRun(
        [property: JsonPropertyName("pages")] List<PageVisit> Pages,
        [property: JsonPropertyName("failure")] string? Failure);

    private sealed record PageVisit(
        [property: JsonPropertyName("url")] string Url,
        [property: JsonPropertyName("origin")] string Origin,
        [property: JsonPropertyName("pageStatus")] int? PageStatus,
        [property: JsonPropertyName("pageErrors")] List<string> PageErrors,
        [property: JsonPropertyName("consoleErrors")] List<string> ConsoleErrors,
        [property: JsonPropertyName("anonymousPost")] Attempt AnonymousPost,
        [property: JsonPropertyName("anonymousGet")] Attempt AnonymousGet,
        [property: JsonPropertyName("anonymousEvents")] Attempt AnonymousEvents,
        [property: JsonPropertyName("credentialedPost")] Attempt CredentialedPost,
        [property: JsonPropertyName("webSocket")] SocketAttempt WebSocket);

    private sealed record Attempt(
        [property: JsonPropertyName("status")] int? Status,
        [property: JsonPropertyName("contentType")] string? ContentType,
        [property: JsonPropertyName("body")] string? Body,
        [property: JsonPropertyName("error")] string? Error);

    private sealed record SocketAttempt(
        [property: JsonPropertyName("message")] string? Message,
        [property: JsonPropertyName("error")] string? Error);
}

using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.GraphiQL;

/// <summary>
/// GET /graphql answers a browser with the GraphiQL page and every other client with GraphQL, as before; the
/// page's files come from this server only. Over HTTP against the real Program, on the files the build embedded.
/// </summary>
public sealed partial class GraphiQLPageTests(SqliteEmptyHub hub) : IClassFixture<SqliteEmptyHub>
{
    private HttpClient Http => hub.Client.Http;

    [Theory]
    [MemberData(nameof(BrowserAccept.All), MemberType = typeof(BrowserAccept))]
    public async Task A_browser_opening_graphql_gets_the_IDE_page(string accept)
    {
        using var response = await GetAsync("/graphql", accept);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Contains("default-src 'self'", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("<div id=\"graphiql\">", page, StringComparison.Ordinal);
        Assert.Contains("<base href=\"/graphql/ide/\" />", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_GraphiQL_link_with_a_query_opens_the_IDE_and_runs_nothing()
    {
        using var response = await GetAsync("/graphql?query=%7B__typename%7D", BrowserAccept.Firefox);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("__typename", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_loads_only_files_of_this_server_and_each_is_served_as_what_it_is()
    {
        using var pageResponse = await GetAsync("/graphql", BrowserAccept.Chromium);
        var page = await pageResponse.Content.ReadAsStringAsync();
        var baseHref = BaseHref().Match(page).Groups["href"].Value;
        var origin = new Uri(Http.BaseAddress!, "/");
        var documentBase = new Uri(origin, baseHref);

        var references = Reference().Matches(page).Select(m => m.Groups["url"].Value).Where(u => !u.StartsWith("data:", StringComparison.Ordinal)).ToList();

        Assert.Contains(references, r => r.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(references, r => r.EndsWith(".css", StringComparison.Ordinal));
        foreach (var reference in references)
        {
            var url = new Uri(documentBase, reference);
            Assert.True(origin.IsBaseOf(url), $"{reference} leaves the server ({url}).");

            using var response = await Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var expectedType = reference.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/css";
            Assert.Equal(expectedType, response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("immutable", response.Headers.CacheControl?.Extensions.Select(e => e.Name) ?? []);
            Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000, $"{reference} is (nearly) empty.");
        }
    }

    [Fact]
    public async Task Files_go_compressed_to_clients_that_take_gzip_and_a_known_copy_is_not_sent_again()
    {
        var script = await EntryScriptAsync();

        using var plain = await Http.GetAsync(script);
        var bytes = await plain.Content.ReadAsByteArrayAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, script);
        request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
        using var compressed = await Http.SendAsync(request);
        var gzipped = await compressed.Content.ReadAsByteArrayAsync();

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], compressed.Content.Headers.ContentEncoding);
        Assert.True(gzipped.Length < bytes.Length / 2, $"gzip sent {gzipped.Length} of {bytes.Length} bytes.");
        Assert.Equal(bytes, await DecompressAsync(gzipped));
        Assert.NotEqual(plain.Headers.ETag, compressed.Headers.ETag);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, script);
        revalidation.Headers.IfNoneMatch.Add(plain.Headers.ETag!);
        using var notModified = await Http.SendAsync(revalidation);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/graphql/ide/assets/no-such-file.js")]
    [InlineData("/graphql/ide/index.html")]
    [InlineData("/graphql/ide/")]
    public async Task What_the_build_did_not_produce_is_not_found(string path)
    {
        using var response = await GetAsync(path, BrowserAccept.Chromium);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Every media-type choice that does not prefer HTML still reaches the GraphQL transport unchanged.</summary>
    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json")]
    [InlineData("*/*", "application/json")]
    [InlineData(null, "application/json")]
    [InlineData("text/html;q=0.5, application/json", "application/json")]
    [InlineData("application/graphql-response+json, text/html;q=0.9", "application/graphql-response+json")]
    public async Task GraphQL_clients_at_the_same_path_still_get_GraphQL(string? accept, string expectedType)
    {
        using var response = await GetAsync("/graphql?query=%7B__typename%7D", accept);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Query", body?["data"]?["__typename"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_POST_from_a_browser_is_a_GraphQL_request_not_a_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept.Chromium);
        using var response = await Http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Query", body?["data"]?["__typename"]?.GetValue<string>());
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await Http.SendAsync(request);
    }

    private async Task<Uri> EntryScriptAsync()
    {
        using var response = await GetAsync("/graphql", BrowserAccept.Chromium);
        var page = await response.Content.ReadAsStringAsync();
        var script = Reference().Matches(page).Select(m => m.Groups["url"].Value).Single(u => u.EndsWith(".js", StringComparison.Ordinal));
        return new Uri(new Uri(Http.BaseAddress!, BaseHref().Match(page).Groups["href"].Value), script);
    }

    private static async Task<byte[]> DecompressAsync(byte[] gzipped)
    {
        await using var gzip = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        await gzip.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    [GeneratedRegex("""<base href="(?<href>[^"]+)"\s*/?>""")]
    private static partial Regex BaseHref();

    [GeneratedRegex("""<(?:script|link)\b[^>]*?\b(?:src|href)="(?<url>[^"]+)"[^>]*>""")]
    private static partial Regex Reference();
}

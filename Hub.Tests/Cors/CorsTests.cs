using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Hub.Tests.Cors;

/// <summary>
/// CORS as the server answers it, request by request: a preflight from any origin for an anonymous JSON POST or GET
/// is allowed with <c>*</c>; a preflight asking for a credential header is allowed, with the origin echoed and
/// credentials, only from a listed origin, and gets no CORS headers at all from any other; the answers themselves
/// follow the same two tiers, vary by Origin and expose the headers a page needs. A bad origin stops the start.
/// </summary>
public sealed class CorsTests(CorsSqliteDemoHub hub) : IClassFixture<CorsSqliteDemoHub>
{
    private const string Listing = "{ publicProjects(first: 5) { totalCount nodes { name } } }";

    public static TheoryData<string> AnyOrigins() => new()
    {
        CorsSqliteDemoHub.Unlisted,
        CorsSqliteDemoHub.Listed,
        "http://127.0.0.1:3000",
        // What a sandboxed iframe or a file:// page sends.
        "null",
    };

    public static TheoryData<string> CredentialHeaders() => new() { "authorization", "x-api-key", "content-type, Authorization", "Accept,X-Api-Key,Content-Type" };

    private static HttpRequestMessage Preflight(string path, string origin, string method, string? headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.TryAddWithoutValidation("Origin", origin);
        request.Headers.TryAddWithoutValidation("Access-Control-Request-Method", method);
        if (headers is not null)
        {
            request.Headers.TryAddWithoutValidation("Access-Control-Request-Headers", headers);
        }

        return request;
    }

    private static HttpRequestMessage Post(string query, string? origin, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    private static List<string> List(HttpResponseMessage response, string name) =>
        [.. (Header(response, name) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static void AssertNoCors(HttpResponseMessage response)
    {
        var cors = response.Headers.Where(h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase)).Select(h => h.Key).ToList();
        Assert.True(cors.Count == 0, "Unexpected CORS headers: " + string.Join(", ", cors));
    }

    [Theory]
    [MemberData(nameof(AnyOrigins))]
    public async Task A_preflight_for_an_anonymous_JSON_POST_is_answered_for_any_origin(string origin)
    {
        using var http = hub.CreateHttpClient();
        using var response = await http.SendAsync(Preflight("/graphql", origin, "POST", "content-type"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        if (origin == CorsSqliteDemoHub.Listed)
        {
            Assert.Equal(origin, Header(response, "Access-Control-Allow-Origin"));
            Assert.Equal("true", Header(response, "Access-Control-Allow-Credentials"));
        }
        else
        {
            Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
            Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
        }

        Assert.Contains("POST", List(response, "Access-Control-Allow-Methods"));
        Assert.Contains("GET", List(response, "Access-Control-Allow-Methods"));
        Assert.Contains("Content-Type", List(response, "Access-Control-Allow-Headers"), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Accept", List(response, "Access-Control-Allow-Headers"), StringComparer.OrdinalIgnoreCase);
        Assert.Equal("900", Header(response, "Access-Control-Max-Age"));
        Assert.Contains("Origin", response.Headers.Vary);
    }

    [Fact]
    public async Task A_preflight_for_a_GET_with_Accept_and_one_with_an_Idempotency_Key_are_answered_for_any_origin()
    {
        using var http = hub.CreateHttpClient();
        using var get = await http.SendAsync(Preflight("/graphql?query=" + Uri.EscapeDataString(Listing), CorsSqliteDemoHub.Unlisted, "GET", "accept"));
        using var keyed = await http.SendAsync(Preflight("/graphql", CorsSqliteDemoHub.Unlisted, "POST", "content-type,idempotency-key"));

        foreach (var response in new[] { get, keyed })
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        }

        Assert.Contains("Idempotency-Key", List(keyed, "Access-Control-Allow-Headers"), StringComparer.OrdinalIgnoreCase);
        // Only the methods of GraphQL over HTTP: a page cannot PUT or DELETE at /graphql.
        Assert.DoesNotContain("PUT", List(get, "Access-Control-Allow-Methods"));
        Assert.DoesNotContain("DELETE", List(get, "Access-Control-Allow-Methods"));
    }

    [Theory]
    [MemberData(nameof(CredentialHeaders))]
    public async Task A_preflight_asking_for_a_credential_header_from_a_listed_origin_is_allowed_with_credentials(string headers)
    {
        using var http = hub.CreateHttpClient();
        foreach (var origin in new[] { CorsSqliteDemoHub.Listed, CorsSqliteDemoHub.OtherListed })
        {
            using var response = await http.SendAsync(Preflight("/graphql", origin, "POST", headers));

            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.Equal(origin, Header(response, "Access-Control-Allow-Origin"));
            Assert.Equal("true", Header(response, "Access-Control-Allow-Credentials"));
            var allowed = List(response, "Access-Control-Allow-Headers");
            Assert.All(
                headers.Split(',', StringSplitOptions.TrimEntries),
                header => Assert.Contains(header, allowed, StringComparer.OrdinalIgnoreCase));
            Assert.Contains("Origin", response.Headers.Vary);
        }
    }

    [Theory]
    [MemberData(nameof(CredentialHeaders))]
    public async Task A_preflight_asking_for_a_credential_header_from_an_unlisted_origin_gets_no_CORS_headers(string headers)
    {
        using var http = hub.CreateHttpClient();
        foreach (var origin in new[] { CorsSqliteDemoHub.Unlisted, "https://bureau.example.cn.evil.example", "http://bureau.example.cn", "https://bureau.example.cn:8443", "null" })
        {
            using var response = await http.SendAsync(Preflight("/graphql", origin, "POST", headers));

            // Answered (not 405), but with nothing the browser could take as permission: it blocks the request.
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            AssertNoCors(response);
            Assert.Contains("Origin", response.Headers.Vary);
        }
    }

    [Fact]
    public async Task The_anonymous_public_listing_is_readable_from_any_origin_without_credentials()
    {
        using var http = hub.CreateHttpClient();
        using var response = await http.SendAsync(Post(Listing, CorsSqliteDemoHub.Unlisted));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
        var exposed = List(response, "Access-Control-Expose-Headers");
        Assert.Contains("Retry-After", exposed, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("ETag", exposed, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Contains("Origin", response.Headers.Vary);
        // Still the shared, cacheable answer: CORS changes no caching.
        Assert.True(response.Headers.CacheControl?.Public);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["data"]!["publicProjects"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task A_GET_of_the_listing_from_any_origin_is_readable_too()
    {
        using var http = hub.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Listing));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.TryAddWithoutValidation("Origin", "http://127.0.0.1:3000");
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_credentialed_request_from_a_listed_origin_is_answered_with_the_origin_and_credentials()
    {
        using var http = hub.CreateHttpClient();
        using var response = await http.SendAsync(Post("{ auditLog(first: 1) { totalCount } }", CorsSqliteDemoHub.Listed, "Bearer " + TestTokens.Admin));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CorsSqliteDemoHub.Listed, Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Header(response, "Access-Control-Allow-Credentials"));
        Assert.Contains("Origin", response.Headers.Vary);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(body["errors"]);
    }

    [Fact]
    public async Task A_refused_credential_from_a_listed_origin_is_readable_so_the_page_can_tell_why()
    {
        using var http = hub.CreateHttpClient();
        using var response = await http.SendAsync(Post(Listing, CorsSqliteDemoHub.Listed, "Bearer not-a-token"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(CorsSqliteDemoHub.Listed, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("WWW-Authenticate", List(response, "Access-Control-Expose-Headers"), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_request_carrying_credentials_from_an_unlisted_origin_gets_no_CORS_headers()
    {
        using var http = hub.CreateHttpClient();
        using var bearer = await http.SendAsync(Post(Listing, CorsSqliteDemoHub.Unlisted, "Bearer " + TestTokens.Admin));
        using var keyed = Post(Listing, CorsSqliteDemoHub.Unlisted);
        keyed.Headers.TryAddWithoutValidation("X-Api-Key", "dhk_000000000000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        using var key = await http.SendAsync(keyed);
        using var cookied = Post(Listing, CorsSqliteDemoHub.Unlisted);
        cookied.Headers.TryAddWithoutValidation("Cookie", "session=1");
        using var cookie = await http.SendAsync(cookied);

        foreach (var response in new[] { bearer, key, cookie })
        {
            AssertNoCors(response);
            Assert.Contains("Origin", response.Headers.Vary);
        }
    }

    [Fact]
    public async Task A_request_without_Origin_gets_no_CORS_headers_but_still_varies_by_Origin()
    {
        using var http = hub.CreateHttpClient();
        using var response = await http.SendAsync(Post(Listing, origin: null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNoCors(response);
        // A cache that kept this answer must not hand it to a page of another origin, which needs the CORS headers.
        Assert.Contains("Origin", response.Headers.Vary);
    }

    [Fact]
    public async Task Server_Sent_Events_follow_the_same_rules_and_the_stream_path_allows_its_own_methods_and_token()
    {
        using var http = hub.CreateHttpClient();
        using var stream = await http.SendAsync(Preflight("/graphql/stream", CorsSqliteDemoHub.Unlisted, "PUT", "x-graphql-event-stream-token"));
        using var streamWithKey = await http.SendAsync(Preflight("/graphql/stream", CorsSqliteDemoHub.Unlisted, "POST", "authorization"));
        using var streamListed = await http.SendAsync(Preflight("/graphql/stream", CorsSqliteDemoHub.Listed, "POST", "authorization,x-graphql-event-stream-token"));

        Assert.Equal("*", Header(stream, "Access-Control-Allow-Origin"));
        Assert.Contains("PUT", List(stream, "Access-Control-Allow-Methods"));
        Assert.Contains("DELETE", List(stream, "Access-Control-Allow-Methods"));
        Assert.Contains("x-graphql-event-stream-token", List(stream, "Access-Control-Allow-Headers"), StringComparer.OrdinalIgnoreCase);
        AssertNoCors(streamWithKey);
        Assert.Equal(CorsSqliteDemoHub.Listed, Header(streamListed, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Header(streamListed, "Access-Control-Allow-Credentials"));

        // Distinct connections mode at /graphql: the stream's headers are the answer's, sent before its first event.
        using var request = Post("{ publicProjects(first: 1) { totalCount } }", CorsSqliteDemoHub.Unlisted);
        request.Headers.Accept.Clear();
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var events = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
        Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", Header(events, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Endpoints_other_than_GraphQL_get_no_CORS()
    {
        using var http = hub.CreateHttpClient();
        using var health = new HttpRequestMessage(HttpMethod.Get, "/health");
        health.Headers.TryAddWithoutValidation("Origin", CorsSqliteDemoHub.Listed);
        using var answer = await http.SendAsync(health);
        using var preflight = await http.SendAsync(Preflight("/health", CorsSqliteDemoHub.Unlisted, "GET", null));

        AssertNoCors(answer);
        Assert.NotEqual(HttpStatusCode.NoContent, preflight.StatusCode);
        AssertNoCors(preflight);
    }

    [Theory]
    [InlineData("https://bureau.example.cn/", "trailing '/'")]
    [InlineData("https://bureau.example.cn/graphql", "path")]
    [InlineData("*", "wildcard")]
    [InlineData("https://*.example.cn", "wildcard")]
    [InlineData("bureau.example.cn", "scheme://host")]
    [InlineData("ftp://bureau.example.cn", "http:// or https://")]
    [InlineData("https://someone@bureau.example.cn", "scheme://host")]
    [InlineData("https://bureau.example.cn?x=1", "query")]
    [InlineData(" ", "empty")]
    public async Task An_allowed_origin_that_is_not_an_origin_stops_the_hub_from_starting(string origin, string rule)
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var application = new HubApplication(
            DatabaseProvider.Sqlite,
            database.ConnectionString,
            seedDemoData: false,
            new Dictionary<string, string> { ["Hub:Cors:AllowedOrigins:0"] = "https://fine.example.cn", ["Hub:Cors:AllowedOrigins:1"] = origin });

        var failure = Assert.Throws<OptionsValidationException>(() => application.CreateClient());

        Assert.Contains("Hub:Cors:AllowedOrigins", failure.Message, StringComparison.Ordinal);
        Assert.Contains(rule, failure.Message, StringComparison.Ordinal);
        if (!string.IsNullOrWhiteSpace(origin))
        {
            Assert.Contains($"'{origin}'", failure.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("fine.example.cn'", failure.Message, StringComparison.Ordinal);
    }
}

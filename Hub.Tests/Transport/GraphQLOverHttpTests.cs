using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Hub.Tests.Transport;

/// <summary>The status codes, media types and error codes of GraphQL over HTTP, over a real socket.</summary>
public sealed class GraphQLOverHttpTests(TransportTestHost host) : IClassFixture<TransportTestHost>
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    [Fact]
    public async Task Malformed_json_is_400_bad_request_for_both_media_types()
    {
        foreach (var accept in new[] { GraphQLResponseJson, Json })
        {
            var response = await PostAsync("{ \"query\": ", accept);

            await AssertErrorAsync(response, HttpStatusCode.BadRequest, accept, "BAD_REQUEST");
        }
    }

    [Theory]
    [MemberData(nameof(BadBytes.Bodies), MemberType = typeof(BadBytes))]
    public async Task A_body_that_is_not_UTF8_or_not_Unicode_is_400_bad_request_for_both_media_types(string why, byte[] body)
    {
        foreach (var accept in new[] { GraphQLResponseJson, Json })
        {
            using var client = host.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, string.Empty) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(Json) { CharSet = "utf-8" };
            request.Headers.Accept.ParseAdd(accept);

            using var response = await client.SendAsync(request);

            var error = await AssertErrorAsync(response, HttpStatusCode.BadRequest, accept, "BAD_REQUEST");
            Assert.True(System.Text.RegularExpressions.Regex.IsMatch(error.GetProperty("message").GetString()!, "UTF-8|Unicode"), $"{why}: {error}");
        }
    }

    [Fact]
    public async Task A_lone_surrogate_escape_in_GET_variables_is_400_bad_request_that_says_so()
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "?query=" + Uri.EscapeDataString("{ __typename }") + "&variables=" + Uri.EscapeDataString("""{"v":"\ud800"}"""));
        request.Headers.Accept.ParseAdd(GraphQLResponseJson);

        using var response = await client.SendAsync(request);

        var error = await AssertErrorAsync(response, HttpStatusCode.BadRequest, GraphQLResponseJson, "BAD_REQUEST");
        Assert.Contains("'variables' parameter holds a string that is not valid Unicode", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_of_the_wrong_type_is_400_bad_request_for_application_json()
    {
        var response = await PostAsync("""{ "query": 42 }""", Json);

        var error = await AssertErrorAsync(response, HttpStatusCode.BadRequest, Json, "BAD_REQUEST");
        Assert.Contains("'query'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Syntax_error_is_400_graphql_parse_failed()
    {
        var response = await PostAsync("""{ "query": "{ hello" }""", GraphQLResponseJson);

        var body = await AssertErrorBodyAsync(response, HttpStatusCode.BadRequest, GraphQLResponseJson, "GRAPHQL_PARSE_FAILED");
        Assert.False(body.TryGetProperty("data", out _), "A request that never executed must not carry 'data'.");
    }

    [Fact]
    public async Task Syntax_error_is_200_with_legacy_application_json()
    {
        var response = await PostAsync("""{ "query": "{ hello" }""", Json);

        await AssertErrorAsync(response, HttpStatusCode.OK, Json, "GRAPHQL_PARSE_FAILED");
    }

    [Fact]
    public async Task Unknown_field_is_400_graphql_validation_failed_and_keeps_the_precise_code()
    {
        var response = await PostAsync("""{ "query": "{ nope }" }""", GraphQLResponseJson);

        var error = await AssertErrorAsync(response, HttpStatusCode.BadRequest, GraphQLResponseJson, "GRAPHQL_VALIDATION_FAILED");
        var codes = error.GetProperty("extensions").GetProperty("codes").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("FIELDS_ON_CORRECT_TYPE", codes);
    }

    [Fact]
    public async Task Unknown_operation_name_is_400_operation_not_found()
    {
        var response = await PostAsync("""{ "query": "query A { hello }", "operationName": "B" }""", GraphQLResponseJson);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, GraphQLResponseJson, "OPERATION_NOT_FOUND");
    }

    [Fact]
    public async Task Invalid_variables_are_400_bad_user_input()
    {
        var response = await PostAsync(
            """{ "query": "query D($n: Int!) { double(n: $n) }", "variables": { "n": "not a number" } }""",
            GraphQLResponseJson);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, GraphQLResponseJson, "BAD_USER_INPUT");
    }

    [Fact]
    public async Task Variables_of_the_wrong_type_are_400_bad_request()
    {
        var response = await PostAsync("""{ "query": "{ hello }", "variables": [1] }""", Json);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, Json, "BAD_REQUEST");
    }

    [Fact]
    public async Task Mutation_over_get_is_405_with_allow_post()
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "?query=" + Uri.EscapeDataString("mutation { echo(text: \"x\") }"));
        request.Headers.Accept.ParseAdd(GraphQLResponseJson);

        using var response = await client.SendAsync(request);

        await AssertErrorAsync(response, HttpStatusCode.MethodNotAllowed, GraphQLResponseJson, "METHOD_NOT_ALLOWED");
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Mutation_over_post_runs()
    {
        var response = await PostAsync("""{ "query": "mutation { echo(text: \"hi\") }" }""", GraphQLResponseJson);

        var body = await AssertSuccessAsync(response, GraphQLResponseJson);
        Assert.Equal("hi", body.GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow_get_and_post()
    {
        using var client = host.CreateClient();
        using var response = await client.PutAsync(string.Empty, new StringContent("""{ "query": "{ hello }" }""", Encoding.UTF8, Json));

        await AssertErrorAsync(response, HttpStatusCode.MethodNotAllowed, Json, "METHOD_NOT_ALLOWED");
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Unsupported_content_type_is_415()
    {
        using var client = host.CreateClient();
        using var content = new StringContent("{ hello }", Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync(string.Empty, content);

        await AssertErrorAsync(response, HttpStatusCode.UnsupportedMediaType, Json, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task Oversized_body_is_413()
    {
        var padding = new string(' ', (int)TransportTestHost.MaxRequestBodyBytes);
        var response = await PostAsync($$"""{ "query": "{ hello }{{padding}}" }""", GraphQLResponseJson);

        await AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, GraphQLResponseJson, "PAYLOAD_TOO_LARGE");
    }

    [Fact]
    public async Task Get_query_is_200()
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(
            HttpMethod.Get,
            "?query=" + Uri.EscapeDataString("query H($name: String) { hello(name: $name) }")
                + "&variables=" + Uri.EscapeDataString("""{"name":"街道"}"""));
        request.Headers.Accept.ParseAdd(GraphQLResponseJson);

        using var response = await client.SendAsync(request);

        var body = await AssertSuccessAsync(response, GraphQLResponseJson);
        Assert.Equal("Hello, 街道!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Accept_application_json_gets_application_json()
    {
        var response = await PostAsync("""{ "query": "{ hello }" }""", Json);

        var body = await AssertSuccessAsync(response, Json);
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Accept_preferring_the_new_media_type_gets_it()
    {
        var response = await PostAsync("""{ "query": "{ hello }" }""", $"{GraphQLResponseJson}, {Json};q=0.9");

        await AssertSuccessAsync(response, GraphQLResponseJson);
    }

    [Fact]
    public async Task Unacceptable_accept_is_406()
    {
        var response = await PostAsync("""{ "query": "{ hello }" }""", "text/html");

        await AssertErrorAsync(response, HttpStatusCode.NotAcceptable, Json, "NOT_ACCEPTABLE");
    }

    [Fact]
    public async Task Failing_resolver_is_200_with_a_generic_internal_server_error_that_is_logged()
    {
        var response = await PostAsync("""{ "query": "{ boom hello }" }""", GraphQLResponseJson);

        var body = await AssertErrorBodyAsync(response, HttpStatusCode.OK, GraphQLResponseJson, "INTERNAL_SERVER_ERROR");
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.DoesNotContain("secret", body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("INVALID_OPERATION", body.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message.Contains("Server=secret", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Server_fault_before_execution_is_500_with_a_generic_message_that_is_logged()
    {
        var response = await PostAsync("""{ "query": "query ServerFault { hello }" }""", GraphQLResponseJson);

        var body = await AssertErrorBodyAsync(response, HttpStatusCode.InternalServerError, GraphQLResponseJson, "INTERNAL_SERVER_ERROR");
        Assert.DoesNotContain("secret", body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message.Contains("simulated fault", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Subscription_over_http_is_refused_before_it_runs()
    {
        var response = await PostAsync("""{ "query": "subscription { hello }" }""", GraphQLResponseJson);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, GraphQLResponseJson, "SUBSCRIPTION_NOT_SUPPORTED");
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string accept)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, string.Empty)
        {
            Content = new StringContent(body, Encoding.UTF8, Json),
        };
        request.Headers.Accept.ParseAdd(accept);
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> AssertSuccessAsync(HttpResponseMessage response, string mediaType)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {text}");
        AssertMediaType(response, mediaType);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.False(body.TryGetProperty("errors", out _), text);
        return body;
    }

    private static async Task<JsonElement> AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string mediaType, string code) =>
        (await AssertErrorBodyAsync(response, status, mediaType, code)).GetProperty("errors")[0];

    private static async Task<JsonElement> AssertErrorBodyAsync(HttpResponseMessage response, HttpStatusCode status, string mediaType, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        AssertMediaType(response, mediaType);
        var body = JsonDocument.Parse(text).RootElement;
        var error = body.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        return body;
    }

    private static void AssertMediaType(HttpResponseMessage response, string mediaType)
    {
        var contentType = response.Content.Headers.ContentType ?? throw new Xunit.Sdk.XunitException("The response has no Content-Type.");
        Assert.Equal(mediaType, contentType.MediaType);
        Assert.Equal("utf-8", contentType.CharSet);
    }
}

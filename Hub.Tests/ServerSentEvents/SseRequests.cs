using System.Net.Http.Json;

namespace Hub.Tests.ServerSentEvents;

/// <summary>The HTTP requests of the graphql-sse protocol, built by hand so that tests see every header and status.</summary>
public static class SseRequests
{
    public const string TokenHeader = "x-graphql-event-stream-token";

    public static HttpRequestMessage Post(string query, object? variables = null, object? extensions = null, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/stream")
        {
            Content = JsonContent.Create(new { query, variables, extensions }),
        };
        if (token is not null)
        {
            request.Headers.Add(TokenHeader, token);
        }

        return request;
    }

    public static HttpRequestMessage Open(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/stream");
        request.Headers.Add(TokenHeader, token);
        return request;
    }

    public static async Task<string> ReserveAsync(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql/stream"));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var token = await response.Content.ReadAsStringAsync();
        Assert.False(string.IsNullOrWhiteSpace(token));
        return token;
    }

    public static HttpRequestMessage Delete(string operationId, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, "/graphql/stream?operationId=" + Uri.EscapeDataString(operationId));
        if (token is not null)
        {
            request.Headers.Add(TokenHeader, token);
        }

        return request;
    }
}

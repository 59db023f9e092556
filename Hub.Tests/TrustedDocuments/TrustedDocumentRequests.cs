using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.TrustedDocuments;

/// <summary>Sends request bodies as JSON nodes, so a test can name a document by id instead of sending its text.</summary>
public static class TrustedDocumentRequests
{
    public static async Task<GraphQLResponse> SendAsync(this HttpClient http, JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonNode.Parse(text)!.AsObject(), text);
    }

    public static async Task<GraphQLResponse> GetWithQueryStringAsync(this HttpClient http, string queryString)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonNode.Parse(text)!.AsObject(), text);
    }
}

using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Bench;

/// <summary>Posts GraphQL requests the way a dashboard does and reports latency, errors and the server's SQL statement count.</summary>
public sealed class GraphQLEndpoint(HttpClient http, Uri url)
{
    private static readonly MediaTypeWithQualityHeaderValue ResponseMediaType = new("application/graphql-response+json");

    public async Task<GraphQLResult> PostAsync(string query, JsonObject? variables, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["query"] = query, ["variables"] = variables?.DeepClone() };
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(ResponseMediaType);
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);

        JsonObject? json;
        try
        {
            json = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            json = null;
        }

        var error = !response.IsSuccessStatusCode ? $"HTTP {(int)response.StatusCode}: {Truncate(text)}"
            : json is null ? $"not a JSON object: {Truncate(text)}"
            : json["errors"] is JsonArray { Count: > 0 } errors ? Truncate(errors[0]?["message"]?.GetValue<string>() ?? errors.ToJsonString())
            : null;
        var statements = json?["extensions"]?["sqlStatements"]?.GetValue<int>();
        return new GraphQLResult(elapsed, error, statements, json?["data"] as JsonObject);
    }

    /// <summary>Posts and throws on any error: for the look-ups the driver makes before it starts measuring.</summary>
    public async Task<JsonObject> QueryAsync(string query, JsonObject? variables = null)
    {
        var result = await PostAsync(query, variables, CancellationToken.None);
        return result.Error is null && result.Data is not null
            ? result.Data
            : throw new InvalidOperationException($"The hub at {url} answered \"{query}\" with {result.Error ?? "no data"}.");
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}

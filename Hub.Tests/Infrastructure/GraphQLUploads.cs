using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// One file sent the way apollo-upload-client sends it (the GraphQL multipart request spec): the operations with
/// null where the file goes, the map naming that place, the file part, and the preflight header the hub asks for.
/// </summary>
public static class GraphQLUploads
{
    /// <param name="variable">The variables' path of the file, e.g. "file" for $file.</param>
    public static async Task<JsonObject> UploadAsync(this GraphQLClient client, string query, string variable, string fileName, byte[] bytes)
    {
        var response = await client.PostFileAsync(query, variable, fileName, bytes);
        if (response.Errors is { Count: > 0 })
        {
            throw new InvalidOperationException($"GraphQL errors: {response.Body}");
        }

        return response.Data!;
    }

    /// <summary>The response as it came, errors and status included.</summary>
    public static async Task<GraphQLResponse> PostFileAsync(this GraphQLClient client, string query, string variable, string fileName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(client);
        var operations = new JsonObject { ["query"] = query, ["variables"] = new JsonObject { [variable] = null } };
        using var content = new MultipartFormDataContent
        {
            { new StringContent(operations.ToJsonString(), Encoding.UTF8, "application/json"), "operations" },
            { new StringContent($$"""{"0": ["variables.{{variable}}"]}""", Encoding.UTF8, "application/json"), "map" },
        };
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(part, "0", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Add("GraphQL-Preflight", "1");
        using var response = await client.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonNode.Parse(body)!.AsObject(), body);
    }
}

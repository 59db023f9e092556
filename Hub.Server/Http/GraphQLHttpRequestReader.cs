using Hub.Schema.Errors;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace Hub.Server.Http;

/// <summary>
/// Turns a GET query string or a POST JSON body into a <see cref="GraphQLRequest"/>, refusing anything the
/// GraphQL-over-HTTP spec calls a malformed request before GraphQL.NET sees it, so that such requests get 4xx
/// with a message that names the offending parameter. A POST body may also be a JSON array of request objects
/// (a batch, which the spec does not cover) of at most <paramref name="maxBatchSize"/> requests.
/// </summary>
/// <remarks>
/// Given <paramref name="uploads"/>, a POST may also be a multipart/form-data request of the GraphQL multipart request
/// spec, which <see cref="GraphQLMultipartRequestReader"/> reads; without it, multipart is an unsupported media type.
/// </remarks>
internal sealed class GraphQLHttpRequestReader(IGraphQLSerializer serializer, GraphQLHttpOptions options, int maxBatchSize, GraphQLUploadOptions? uploads = null)
{
    private static readonly string[] KnownParameters = ["query", "operationName", "variables", "extensions", "documentId"];

    public GraphQLHttpRequestReadResult ReadQueryString(IQueryCollection query)
    {
        foreach (var name in KnownParameters)
        {
            if (query.TryGetValue(name, out var values) && values.Count > 1)
            {
                return Fail($"The query string repeats the '{name}' parameter; send it once.");
            }
        }

        var text = query["query"].ToString();
        var documentId = EmptyToNull(query["documentId"].ToString());
        if (string.IsNullOrWhiteSpace(text) && documentId is null && !query["extensions"].ToString().Contains("persistedQuery", StringComparison.Ordinal))
        {
            return Fail("The query string has no 'query' parameter; send the GraphQL document in 'query'.");
        }

        var request = new GraphQLRequest
        {
            Query = EmptyToNull(text),
            DocumentId = documentId,
            OperationName = EmptyToNull(query["operationName"].ToString()),
        };

        var variables = ReadJsonMapParameter(query["variables"].ToString(), "variables", out var failure);
        if (failure is not null)
        {
            return failure;
        }

        request.Variables = variables;
        var extensions = ReadJsonMapParameter(query["extensions"].ToString(), "extensions", out failure);
        if (failure is not null)
        {
            return failure;
        }

        request.Extensions = extensions;
        return GraphQLHttpRequestReadResult.Single(request);
    }

    public async Task<GraphQLHttpRequestReadResult> ReadBodyAsync(HttpRequest httpRequest, CancellationToken cancellationToken)
    {
        if (uploads is not null && GraphQLMultipartRequestReader.IsMultipart(httpRequest.ContentType))
        {
            return await new GraphQLMultipartRequestReader(this, options, uploads).ReadAsync(httpRequest, cancellationToken);
        }

        var contentTypeFailure = CheckContentType(httpRequest.ContentType, uploads is not null);
        if (contentTypeFailure is not null)
        {
            return GraphQLHttpRequestReadResult.Failed(contentTypeFailure);
        }

        if (httpRequest.ContentLength > options.MaxRequestBodyBytes)
        {
            return TooLarge();
        }

        var body = await ReadLimitedAsync(httpRequest.Body, options.MaxRequestBodyBytes, cancellationToken);
        return body is null ? TooLarge() : ReadJson(body, "request body");
    }

    /// <summary>
    /// Reads one JSON request object, or an array of them (a batch), from <paramref name="body"/>: a POST body, or the
    /// <c>operations</c> part of a multipart request; <paramref name="what"/> names it in the messages.
    /// </summary>
    internal GraphQLHttpRequestReadResult ReadJson(byte[] body, string what)
    {
        var bytes = StripByteOrderMark(body);
        if (bytes.IsEmpty)
        {
            return Fail($"The {what} is empty; send a JSON object with a 'query' string.");
        }

        // JsonDocument checks the JSON, not the text: invalid UTF-8 inside a string would only fail once read.
        if (!Utf8.IsValid(bytes.Span))
        {
            return Fail($"The {what} is not valid UTF-8 (byte {FirstInvalidUtf8Byte(bytes.Span) + 1} begins no well-formed sequence); encode the {what} in UTF-8.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line
                ? $" (line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1})"
                : string.Empty;
            return Fail($"The {what} is not valid JSON{where}.");
        }

        using (document)
        {
            if (LoneSurrogateEscapeAt(bytes.Span) is { } at)
            {
                return Fail($"The {what} holds a string that is not valid Unicode: the escape at byte {at + 1} is half of a surrogate pair, such as \\ud800 alone.");
            }

            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Array ? ReadBatch(root) : ReadBody(root);
        }
    }

    private GraphQLHttpRequestReadResult ReadBatch(JsonElement array)
    {
        var count = array.GetArrayLength();
        if (count == 0)
        {
            return Fail("The request body is an empty array; send a JSON object with a 'query' string, or an array of such objects.");
        }

        if (count > maxBatchSize)
        {
            return GraphQLHttpRequestReadResult.Failed(new GraphQLHttpFailure(
                StatusCodes.Status400BadRequest,
                HubErrorCodes.BatchTooLarge,
                $"The batch holds {count} requests; at most {maxBatchSize} are allowed in one batch."));
        }

        // One malformed request refuses the whole batch: answering the others would shift every result's position.
        var requests = new List<GraphQLRequest>(count);
        foreach (var element in array.EnumerateArray())
        {
            var position = $"Request {requests.Count + 1} of the batch";
            if (element.ValueKind != JsonValueKind.Object)
            {
                return Fail($"{position} is {Describe(element)}; each request must be a JSON object with a 'query' string.");
            }

            var read = ReadBody(element);
            if (read.Failure is { } failure)
            {
                return GraphQLHttpRequestReadResult.Failed(failure with { Message = $"{position}: {failure.Message}" });
            }

            requests.Add(read.Requests![0]);
        }

        return GraphQLHttpRequestReadResult.Batch(requests);
    }

    private GraphQLHttpRequestReadResult ReadBody(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail("The request body must be a JSON object with a 'query' string, or an array of such objects.");
        }

        string? documentId = null;
        if (root.TryGetProperty("documentId", out var id) && id.ValueKind != JsonValueKind.Null)
        {
            if (id.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(id.GetString()))
            {
                return Fail($"The 'documentId' parameter must be a document's id, not {Describe(id)}.");
            }

            documentId = id.GetString();
        }

        // A stored document may stand in for the text: by documentId, or by Apollo's persisted-query hash.
        var named = documentId is not null
            || (root.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty("persistedQuery", out _));
        var request = new GraphQLRequest { DocumentId = documentId };
        if (!root.TryGetProperty("query", out var query) || query.ValueKind == JsonValueKind.Null)
        {
            if (!named)
            {
                return Fail("The request body has no 'query'; send the GraphQL document as a string in 'query'.");
            }
        }
        else if (query.ValueKind != JsonValueKind.String)
        {
            return Fail($"The 'query' parameter must be a string, not {Describe(query)}.");
        }
        else
        {
            request.Query = query.GetString();
            if (string.IsNullOrWhiteSpace(request.Query))
            {
                return Fail("The 'query' parameter is empty; send a GraphQL document.");
            }
        }

        if (root.TryGetProperty("operationName", out var operationName) && operationName.ValueKind != JsonValueKind.Null)
        {
            if (operationName.ValueKind != JsonValueKind.String)
            {
                return Fail($"The 'operationName' parameter must be a string or null, not {Describe(operationName)}.");
            }

            request.OperationName = EmptyToNull(operationName.GetString());
        }

        request.Variables = ReadMap(root, "variables", out var failure);
        if (failure is not null)
        {
            return failure;
        }

        request.Extensions = ReadMap(root, "extensions", out failure);
        return failure ?? GraphQLHttpRequestReadResult.Single(request);
    }

    private Inputs? ReadMap(JsonElement root, string name, out GraphQLHttpRequestReadResult? failure)
    {
        failure = null;
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            failure = Fail($"The '{name}' parameter must be a JSON object or null, not {Describe(value)}.");
            return null;
        }

        return serializer.ReadNode<Inputs>(value);
    }

    private Inputs? ReadJsonMapParameter(string text, string name, out GraphQLHttpRequestReadResult? failure)
    {
        failure = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            var json = Encoding.UTF8.GetBytes(text);
            using var document = JsonDocument.Parse(json);
            if (LoneSurrogateEscapeAt(json) is not null)
            {
                failure = Fail($"The '{name}' parameter holds a string that is not valid Unicode: an escape that is half of a surrogate pair, such as \\ud800 alone.");
                return null;
            }

            var value = document.RootElement;
            if (value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                failure = Fail($"The '{name}' parameter must be a JSON object, not {Describe(value)}.");
                return null;
            }

            return serializer.ReadNode<Inputs>(value);
        }
        catch (JsonException)
        {
            failure = Fail($"The '{name}' parameter is not valid JSON; send a URL-encoded JSON object.");
            return null;
        }
    }

    private static GraphQLHttpFailure? CheckContentType(string? contentType, bool uploadsAccepted)
    {
        var accepted = uploadsAccepted
            ? "'application/json' (or 'multipart/form-data' for file uploads)"
            : "'application/json'";
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return new GraphQLHttpFailure(
                StatusCodes.Status415UnsupportedMediaType,
                HubErrorCodes.UnsupportedMediaType,
                $"The request has no Content-Type; send the request as {accepted}.");
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return new GraphQLHttpFailure(
                StatusCodes.Status415UnsupportedMediaType,
                HubErrorCodes.UnsupportedMediaType,
                $"The Content-Type '{contentType}' is not supported; send the request as {accepted}.");
        }

        var charset = mediaType.Charset.Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return new GraphQLHttpFailure(
                StatusCodes.Status415UnsupportedMediaType,
                HubErrorCodes.UnsupportedMediaType,
                $"The charset '{charset}' is not supported; encode the request body in UTF-8.");
        }

        return null;
    }

    /// <summary>Reads the body, or returns null as soon as it grows past the limit, without buffering the rest.</summary>
    internal static async Task<byte[]?> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ReadOnlyMemory<byte> StripByteOrderMark(byte[] body)
    {
        var preamble = Encoding.UTF8.Preamble;
        return body.AsSpan().StartsWith(preamble) ? body.AsMemory(preamble.Length) : body.AsMemory();
    }

    private static int FirstInvalidUtf8Byte(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        return offset;
    }

    /// <summary>
    /// Where a string of well-formed JSON escapes half a surrogate pair (<c>\ud800</c> alone): valid JSON, but no
    /// text, and reading it as a string fails. Null when every string is text.
    /// </summary>
    private static long? LoneSurrogateEscapeAt(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
            {
                try
                {
                    reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    return reader.TokenStartIndex;
                }
            }
        }

        return null;
    }

    private GraphQLHttpRequestReadResult TooLarge() => GraphQLHttpRequestReadResult.Failed(
        new GraphQLHttpFailure(
            StatusCodes.Status413PayloadTooLarge,
            HubErrorCodes.PayloadTooLarge,
            $"The request body is larger than the limit of {options.MaxRequestBodyBytes} bytes."));

    private static GraphQLHttpRequestReadResult Fail(string message) => GraphQLHttpRequestReadResult.Failed(GraphQLHttpFailure.BadRequest(message));

    private static string? EmptyToNull(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}

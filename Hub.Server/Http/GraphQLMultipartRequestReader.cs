using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Hub.Schema.Errors;
using Hub.Schema.Scalars;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Hub.Server.Http;

/// <summary>
/// Reads a multipart/form-data POST of the GraphQL multipart request spec
/// (https://github.com/jaydenseric/graphql-multipart-request-spec), as apollo-upload-client and HotChocolate's clients
/// send it: an <c>operations</c> part (the JSON request, or batch, with null where files go), a <c>map</c> part
/// (<c>{"0": ["variables.input.file"]}</c>), then one part per file. Each file is streamed into an
/// <see cref="UploadedFile"/> under <see cref="GraphQLUploadOptions.MaxFileBytes"/> and put where the map says, so any
/// argument of type <c>Upload</c> receives it; the bytes never become a string of the variables, so the string limit
/// does not measure them. The parts are read in order and one at a time: nothing is buffered beyond the part at hand.
/// </summary>
/// <remarks>
/// CSRF: multipart/form-data is one of the three content types a page of another site may POST without a CORS
/// preflight (an HTML form can), and a browser sends the user's cookies with it. As Apollo Server's csrfPrevention
/// does, a multipart request is run only if it carries one of <see cref="PreflightHeaders"/>, non-empty: no form can
/// set a header, and a script of another origin that sets one triggers a preflight the CORS policy answers.
/// </remarks>
internal sealed class GraphQLMultipartRequestReader(GraphQLHttpRequestReader json, GraphQLHttpOptions options, GraphQLUploadOptions uploads)
{
    public const string MultipartFormData = "multipart/form-data";

    /// <summary>
    /// Headers that prove a request was not sent by a plain HTML form: HotChocolate's and GraphQL Yoga's
    /// <c>GraphQL-Preflight</c>, and the two Apollo Server accepts by default.
    /// </summary>
    public static readonly string[] PreflightHeaders = ["GraphQL-Preflight", "Apollo-Require-Preflight", "X-Apollo-Operation-Name"];

    // RFC 2046 5.1.1: a boundary is 1 to 70 characters.
    private const int MaxBoundaryLength = 70;

    public static bool IsMultipart(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals(MultipartFormData, StringComparison.OrdinalIgnoreCase);

    public async Task<GraphQLHttpRequestReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!PreflightHeaders.Any(name => !string.IsNullOrWhiteSpace(request.Headers[name].ToString())))
        {
            return Failed(StatusCodes.Status400BadRequest, HubErrorCodes.PreflightRequired,
                "This multipart request has been refused as a possible cross-site request forgery: a multipart upload must carry a non-empty " +
                "'GraphQL-Preflight' (or 'Apollo-Require-Preflight') header, which no HTML form can send.");
        }

        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > MaxBoundaryLength)
        {
            return Fail($"The Content-Type '{request.ContentType}' has no valid boundary (1 to {MaxBoundaryLength} characters).");
        }

        var largest = LargestBody();
        if (request.ContentLength > largest)
        {
            return Failed(StatusCodes.Status413PayloadTooLarge, HubErrorCodes.PayloadTooLarge,
                $"The request is larger than {largest} bytes, the most {uploads.MaxFiles} files of at most {uploads.MaxFileBytes} bytes and their operations can take.");
        }

        // Kestrel's own body limit (30 MB by default) would cut off uploads the settings allow.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize
            && bodySize.MaxRequestBodySize < largest)
        {
            bodySize.MaxRequestBodySize = largest;
        }

        var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024 };
        try
        {
            return await ReadPartsAsync(reader, request.HttpContext.Response, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            return Fail("The multipart body is malformed: " + ex.Message);
        }
        catch (IOException ex) when (ex is not BadHttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // MultipartReader's word for a body that ends before its closing boundary.
            return Fail("The multipart body is malformed: " + ex.Message);
        }
    }

    private async Task<GraphQLHttpRequestReadResult> ReadPartsAsync(MultipartReader reader, HttpResponse response, CancellationToken cancellationToken)
    {
        var (operationsPart, _) = await NextFieldAsync(reader, cancellationToken);
        if (operationsPart?.Name != "operations")
        {
            return Fail($"The first part of a multipart request must be 'operations' (the JSON request), not {Describe(operationsPart?.Name)}.");
        }

        var operationsBytes = await GraphQLHttpRequestReader.ReadLimitedAsync(operationsPart.Section.Body, options.MaxRequestBodyBytes, cancellationToken);
        if (operationsBytes is null)
        {
            return Failed(StatusCodes.Status413PayloadTooLarge, HubErrorCodes.PayloadTooLarge,
                $"The 'operations' part is larger than the limit of {options.MaxRequestBodyBytes} bytes.");
        }

        var operations = json.ReadJson(operationsBytes, "'operations' part");
        if (operations.Failure is not null)
        {
            return operations;
        }

        var (mapPart, _) = await NextFieldAsync(reader, cancellationToken);
        if (mapPart?.Name != "map")
        {
            return Fail($"The second part of a multipart request must be 'map' (which file goes where), not {Describe(mapPart?.Name)}.");
        }

        var mapBytes = await GraphQLHttpRequestReader.ReadLimitedAsync(mapPart.Section.Body, options.MaxRequestBodyBytes, cancellationToken);
        if (mapBytes is null)
        {
            return Failed(StatusCodes.Status413PayloadTooLarge, HubErrorCodes.PayloadTooLarge,
                $"The 'map' part is larger than the limit of {options.MaxRequestBodyBytes} bytes.");
        }

        var map = ReadMap(mapBytes, operations, out var mapFailure);
        if (mapFailure is not null)
        {
            return mapFailure;
        }

        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        while (true)
        {
            var (part, fileName) = await NextFieldAsync(reader, cancellationToken);
            if (part is null)
            {
                break;
            }

            if (!map!.ContainsKey(part.Name))
            {
                return Fail($"The part {Describe(part.Name)} is not in the map; every file part must be named by a key of 'map'.");
            }

            if (files.ContainsKey(part.Name))
            {
                return Fail($"The file part {Describe(part.Name)} is sent twice.");
            }

            var file = await UploadedFile.ReceiveAsync(part.Section.Body, fileName, part.Section.ContentType, uploads.MaxFileBytes, cancellationToken);
            if (file is null)
            {
                return Failed(StatusCodes.Status413PayloadTooLarge, HubErrorCodes.FileTooLarge,
                    $"The file {Describe(fileName ?? part.Name)} is larger than the limit of {uploads.MaxFileBytes} bytes (Hub:Uploads:MaxFileBytes).");
            }

            response.RegisterForDispose(file);
            files[part.Name] = file;
        }

        if (map!.Keys.FirstOrDefault(key => !files.ContainsKey(key)) is { } missing)
        {
            return Fail($"The map names the file {Describe(missing)}, but no part of the request carries it.");
        }

        var requests = operations.Requests!.ToList();
        foreach (var (key, paths) in map)
        {
            foreach (var path in paths)
            {
                var request = requests[path.Request];
                var variables = (IDictionary<string, object?>)With(request.Variables, path.Segments, 0, files[key])!;
                requests[path.Request] = Copy(request, new Inputs(variables));
            }
        }

        return operations.IsBatch ? GraphQLHttpRequestReadResult.Batch(requests) : GraphQLHttpRequestReadResult.Single(requests[0]);
    }

    /// <summary>
    /// The map: each key a file, each with the places (object paths into <c>operations</c>) it goes. Every path must
    /// lead to a null in the variables of one of the requests, so that a file can only stand where the client wrote
    /// null, never overwrite a value or add a variable.
    /// </summary>
    private Dictionary<string, List<VariablePath>>? ReadMap(byte[] bytes, GraphQLHttpRequestReadResult operations, out GraphQLHttpRequestReadResult? failure)
    {
        failure = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            failure = Fail("The 'map' part is not valid JSON; send an object such as {\"0\": [\"variables.input.file\"]}.");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                failure = Fail("The 'map' part must be a JSON object such as {\"0\": [\"variables.input.file\"]}.");
                return null;
            }

            var count = root.EnumerateObject().Count();
            if (count > uploads.MaxFiles)
            {
                failure = Failed(StatusCodes.Status413PayloadTooLarge, HubErrorCodes.TooManyFiles,
                    $"The map names {count} files; at most {uploads.MaxFiles} may be sent in one request (Hub:Uploads:MaxFiles).");
                return null;
            }

            var map = new Dictionary<string, List<VariablePath>>(StringComparer.Ordinal);
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in root.EnumerateObject())
            {
                if (entry.Name.Length == 0 || map.ContainsKey(entry.Name))
                {
                    failure = Fail($"The map's key {Describe(entry.Name)} is empty or repeated.");
                    return null;
                }

                if (entry.Value.ValueKind != JsonValueKind.Array || entry.Value.GetArrayLength() == 0
                    || entry.Value.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.String))
                {
                    failure = Fail($"The map's entry {Describe(entry.Name)} must be a non-empty array of paths such as \"variables.input.file\".");
                    return null;
                }

                var paths = new List<VariablePath>();
                foreach (var text in entry.Value.EnumerateArray().Select(p => p.GetString()!))
                {
                    var path = Locate(text, operations, out var problem);
                    if (path is null || !used.Add(text))
                    {
                        failure = Fail($"The map's path \"{text}\" (file {Describe(entry.Name)}) {problem ?? "is given twice"}.");
                        return null;
                    }

                    paths.Add(path);
                }

                map[entry.Name] = paths;
            }

            return map;
        }
    }

    /// <summary>Where <paramref name="text"/> points (<c>variables.a.b</c>, or <c>1.variables.a</c> in a batch), or null with the reason.</summary>
    private static VariablePath? Locate(string text, GraphQLHttpRequestReadResult operations, out string? problem)
    {
        var segments = text.Split('.');
        var index = 0;
        var request = 0;
        if (operations.IsBatch)
        {
            if (!int.TryParse(segments[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out request)
                || request >= operations.Requests!.Count)
            {
                problem = $"must begin with the index of a request of the batch (0 to {operations.Requests!.Count - 1})";
                return null;
            }

            index = 1;
        }

        if (segments.Length < index + 2 || segments[index] != "variables")
        {
            problem = operations.IsBatch ? "must point into a request's variables, as \"0.variables.file\"" : "must point into the variables, as \"variables.input.file\"";
            return null;
        }

        var rest = segments[(index + 1)..];
        object? value = operations.Requests![request].Variables;
        foreach (var segment in rest)
        {
            switch (value)
            {
                case IDictionary<string, object?> map when map.TryGetValue(segment, out var next):
                    value = next;
                    break;
                case IReadOnlyDictionary<string, object?> map when map.TryGetValue(segment, out var next):
                    value = next;
                    break;
                case System.Collections.IList list when int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var at) && at < list.Count:
                    value = list[at];
                    break;
                default:
                    problem = "leads to no null in the variables (each path must name a value the operations set to null)";
                    return null;
            }
        }

        if (value is not null)
        {
            problem = "leads to a value that is not null (the operations must hold null where a file goes)";
            return null;
        }

        problem = null;
        return new VariablePath(request, rest);
    }

    /// <summary>A copy of <paramref name="container"/> with <paramref name="file"/> at the end of the path (whose containers are copied too, so the read variables are never changed in place).</summary>
    private static object? With(object? container, string[] path, int at, UploadedFile file)
    {
        if (at == path.Length)
        {
            return file;
        }

        var segment = path[at];
        switch (container)
        {
            case IEnumerable<KeyValuePair<string, object?>> map:
                var copy = new Dictionary<string, object?>(map, StringComparer.Ordinal);
                copy[segment] = With(copy[segment], path, at + 1, file);
                return copy;
            case System.Collections.IList list:
                var items = list.Cast<object?>().ToList();
                var index = int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture);
                items[index] = With(items[index], path, at + 1, file);
                return items;
            default:
                throw new InvalidOperationException($"The path was checked to lead through containers, but \"{segment}\" does not.");
        }
    }

    private static GraphQLRequest Copy(GraphQLRequest request, Inputs variables) => new()
    {
        Query = request.Query,
        DocumentId = request.DocumentId,
        OperationName = request.OperationName,
        Extensions = request.Extensions,
        Variables = variables,
    };

    /// <summary>The next part, which must be a form-data field: its name, and its file name if it has one; null at the end.</summary>
    private static async Task<(FormPart? Part, string? FileName)> NextFieldAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        var section = await reader.ReadNextSectionAsync(cancellationToken);
        if (section is null)
        {
            return (null, null);
        }

        if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
            || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { Length: > 0 } name)
        {
            throw new InvalidDataException("a part has no Content-Disposition: form-data with a name.");
        }

        var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value;
        if (string.IsNullOrEmpty(fileName))
        {
            fileName = HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
        }

        return (new FormPart(name, section), string.IsNullOrEmpty(fileName) ? null : Path.GetFileName(fileName));
    }

    private long LargestBody()
    {
        // Two JSON parts, the files, and a generous allowance for boundaries and part headers.
        var files = uploads.MaxFileBytes > long.MaxValue / uploads.MaxFiles ? long.MaxValue / 2 : uploads.MaxFileBytes * uploads.MaxFiles;
        var json = 2 * options.MaxRequestBodyBytes + 1024 * 1024;
        return files > long.MaxValue - json ? long.MaxValue : files + json;
    }

    private static string Describe(string? name) => name is null ? "nothing" : $"'{name}'";

    private static GraphQLHttpRequestReadResult Fail(string message) => GraphQLHttpRequestReadResult.Failed(GraphQLHttpFailure.BadRequest(message));

    private static GraphQLHttpRequestReadResult Failed(int status, string code, string message) =>
        GraphQLHttpRequestReadResult.Failed(new GraphQLHttpFailure(status, code, message));

    private sealed record FormPart(string Name, MultipartSection Section);

    /// <summary>A place a file goes: the request of a batch (0 for a single request), then the path inside its variables.</summary>
    private sealed record VariablePath(int Request, string[] Segments);
}

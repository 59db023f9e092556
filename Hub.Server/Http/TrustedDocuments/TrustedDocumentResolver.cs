using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL.Transport;
using Hub.Schema.Errors;

namespace Hub.Server.Http.TrustedDocuments;

/// <summary>
/// Resolves a GraphQL request to the document it may run, under the configured <see cref="TrustedDocumentMode"/>:
/// a <c>documentId</c> (or Apollo's <c>extensions.persistedQuery.sha256Hash</c>) is looked up in the manifest, and in
/// Enforce mode a free-text query runs only when it is, byte for byte, a document of the manifest. Knows nothing of
/// HTTP, so that every transport (HTTP now; WebSocket and SSE) applies the same rule to each operation it receives.
/// </summary>
public sealed class TrustedDocumentResolver
{
    private const string Prefix = "sha256:";
    private readonly Dictionary<string, string> _documents;

    public TrustedDocumentResolver(TrustedDocumentMode mode, IReadOnlyDictionary<string, string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Mode = mode;
        _documents = new Dictionary<string, string>(documents, StringComparer.Ordinal);
    }

    public TrustedDocumentMode Mode { get; }

    public int Count => _documents.Count;

    /// <summary>Reads a manifest: a JSON object of <c>sha256:&lt;hex&gt;</c> ids to documents, each id checked against its document.</summary>
    public static TrustedDocumentResolver Load(TrustedDocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Mode == TrustedDocumentMode.Off && string.IsNullOrWhiteSpace(options.ManifestPath))
        {
            return new TrustedDocumentResolver(TrustedDocumentMode.Off, new Dictionary<string, string>());
        }

        if (string.IsNullOrWhiteSpace(options.ManifestPath))
        {
            throw new InvalidOperationException($"{TrustedDocumentOptions.Section}:Mode is {options.Mode}, which needs {TrustedDocumentOptions.Section}:ManifestPath.");
        }

        var path = Path.GetFullPath(options.ManifestPath);
        Dictionary<string, string>? documents;
        try
        {
            documents = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{TrustedDocumentOptions.Section}:ManifestPath is \"{options.ManifestPath}\": the trusted-document manifest {path} could not be read: {ex.Message}", ex);
        }

        foreach (var (id, document) in documents ?? [])
        {
            if (id != IdOf(document))
            {
                throw new InvalidOperationException($"{TrustedDocumentOptions.Section}:ManifestPath is \"{options.ManifestPath}\": the trusted-document manifest {path} lists \"{id}\", which is not the SHA-256 of its document ({IdOf(document)}).");
            }
        }

        return new TrustedDocumentResolver(options.Mode, documents ?? []);
    }

    /// <summary>The id of a document: <c>sha256:</c> and the lower-case hex SHA-256 of its UTF-8 text.</summary>
    public static string IdOf(string document) => Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    public TrustedDocumentResolution Resolve(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.DocumentId ?? PersistedQueryHash(request);
        if (id is not null)
        {
            if (!id.StartsWith(Prefix, StringComparison.Ordinal))
            {
                id = Prefix + id.ToLowerInvariant();
            }

            if (Mode == TrustedDocumentMode.Off || !_documents.TryGetValue(id, out var document))
            {
                return TrustedDocumentResolution.Refused(HubErrorCodes.PersistedDocumentNotFound,
                    Mode == TrustedDocumentMode.Off
                        ? "This server runs no stored documents; send the document's text in 'query'."
                        : $"No trusted document has the id \"{id}\".");
            }

            if (request.Query is not null && request.Query != document)
            {
                return TrustedDocumentResolution.Refused(HubErrorCodes.BadRequest, $"The 'query' sent is not the document \"{id}\"; send one or the other.");
            }

            return new TrustedDocumentResolution(With(request, document, id), null, null);
        }

        if (Mode == TrustedDocumentMode.Enforce && (request.Query is null || !_documents.ContainsKey(IdOf(request.Query))))
        {
            return TrustedDocumentResolution.Refused(HubErrorCodes.TrustedDocumentRequired,
                "This server runs only its trusted documents: send a registered document's id in 'documentId' (over HTTP and SSE), or its exact text in 'query'.");
        }

        return new TrustedDocumentResolution(request, null, null);
    }

    private static GraphQLRequest With(GraphQLRequest request, string document, string id) => new()
    {
        Query = document,
        DocumentId = id,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions,
    };

    private static string? PersistedQueryHash(GraphQLRequest request) =>
        request.Extensions?.TryGetValue("persistedQuery", out var persisted) == true
        && persisted is IEnumerable<KeyValuePair<string, object?>> fields
            ? fields.FirstOrDefault(f => f.Key == "sha256Hash").Value as string
            : null;
}

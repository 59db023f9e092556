using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Schema.Errors;
using Hub.Server.Http;

namespace Hub.Server.Exports;

/// <summary>
/// One export (<c>/export/{Name}.xlsx</c> and <c>.csv</c>): which query-string parameters it reads and how they
/// become a built-in document's variables, how it walks pages, and how the GraphQL answer becomes a table. The
/// answer is read as the JSON a client gets, so the file holds exactly what the same query returns.
/// </summary>
internal abstract class ExportKind
{
    /// <summary>Names a trusted document (the manifest's <c>sha256:</c> id) to run instead of the built-in one.</summary>
    public const string DocumentIdParameter = "documentId";

    public abstract string Name { get; }

    /// <summary>The query-string parameters this export reads, besides <see cref="DocumentIdParameter"/>.</summary>
    protected abstract IReadOnlyList<string> Parameters { get; }

    /// <summary>The variables and built-in document of <paramref name="query"/>, or why it cannot be exported.</summary>
    public ExportQuery? Read(IQueryCollection query, out GraphQLHttpFailure? failure)
    {
        ArgumentNullException.ThrowIfNull(query);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in query)
        {
            if (name != DocumentIdParameter && !Parameters.Contains(name, StringComparer.Ordinal))
            {
                failure = GraphQLHttpFailure.BadRequest(
                    $"The {Name} export has no parameter '{name}'; it reads {string.Join(", ", Parameters.Append(DocumentIdParameter).Select(p => $"'{p}'"))}.");
                return null;
            }

            if (value.Count > 1)
            {
                failure = GraphQLHttpFailure.BadRequest($"The query string repeats the '{name}' parameter; send it once.");
                return null;
            }

            if (!string.IsNullOrWhiteSpace(value.ToString()))
            {
                values[name] = value.ToString().Trim();
            }
        }

        return Read(values, out failure);
    }

    protected abstract ExportQuery? Read(IReadOnlyDictionary<string, string> parameters, out GraphQLHttpFailure? failure);

    /// <summary>How many rows the whole export will have, when the first page says so; larger than the limit is refused before walking.</summary>
    public virtual int? TotalRows(JsonObject data) => null;

    /// <summary>The variables of the page after <paramref name="data"/>, or null when it was the last (or the export is one page).</summary>
    public virtual JsonObject? NextPage(JsonObject data, JsonObject variables) => null;

    /// <summary>The table of the answers (one per page, in order), or why the answer cannot be one.</summary>
    public abstract ExportTable? Table(IReadOnlyList<JsonObject> pages, ExportQuery query, ExportProvenance provenance, out GraphQLHttpFailure? failure);

    protected static GraphQLHttpFailure Missing(string parameter, string example) =>
        GraphQLHttpFailure.BadRequest($"The export needs the '{parameter}' parameter, e.g. {parameter}={example}.");

    protected static GraphQLHttpFailure NotAnswered(string field) =>
        GraphQLHttpFailure.BadRequest($"The document answers no '{field}' field; a document for this export must select it as the built-in document does.");

    protected static GraphQLHttpFailure NotFound(string message) => new(StatusCodes.Status404NotFound, HubErrorCodes.NotFound, message);

    /// <summary>A JSON value as a cell: numbers stay numbers (whole ones as integers), lists of scalars are joined, null is an empty cell.</summary>
    protected static object? Cell(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.TryGetValue<long>(out var whole) ? whole : value.GetValue<double>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>() ? "true" : "false",
        JsonValue value => value.ToString(),
        JsonArray list when list.All(item => item is JsonValue) => string.Join("; ", list.Select(item => item!.ToString())),
        _ => node.ToJsonString(),
    };

    protected static IEnumerable<JsonObject> Objects(JsonNode? list) => (list as JsonArray)?.OfType<JsonObject>() ?? [];

    /// <summary>A file name without characters a file system refuses.</summary>
    protected static string Stem(params string?[] parts) =>
        string.Join("-", parts.Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => new string(p!.Select(c => char.IsControl(c) || Path.GetInvalidFileNameChars().Contains(c) || c is '"' or '*' or ':' or '<' or '>' or '?' or '|' or '\\' or '/' ? '_' : c).ToArray())));
}

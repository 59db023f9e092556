using System.Text.Json.Nodes;

namespace Hub.Server.Exports;

/// <summary>
/// An export request read from its query string: the document that runs when the request names no trusted one,
/// the variables (as JSON, read by the GraphQL serializer like a GET request's), and the parameters for the header block.
/// </summary>
public sealed record ExportQuery(string BuiltInDocument, JsonObject Variables, IReadOnlyDictionary<string, string> Parameters);

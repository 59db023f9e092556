using System.Text.Json.Nodes;

namespace Hub.Bench;

/// <summary>One request's outcome: time to the last byte, the first error if any, and the server's SQL statement count.</summary>
public sealed record GraphQLResult(TimeSpan Elapsed, string? Error, int? SqlStatements, JsonObject? Data);

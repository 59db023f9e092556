using System.Text.Json.Nodes;

namespace Hub.Tests.ServerSentEvents;

/// <summary>One message of an event stream: an event with its data, or a comment (a keep-alive).</summary>
public sealed record ServerSentEvent(string? Event, string? Data, bool IsComment)
{
    public JsonNode? Json => string.IsNullOrEmpty(Data) ? null : JsonNode.Parse(Data);
}

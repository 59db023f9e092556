using System.Text.Json;

namespace Hub.Server.WebSockets;

/// <summary>
/// One message a client sent, checked against the shapes graphql-transport-ws gives each type. Anything else (not
/// JSON, not an object, an unknown or server-only type, a missing id) is a reason to close with 4400.
/// </summary>
/// <param name="Type">One of the client's message types.</param>
/// <param name="Id">The operation id of <c>subscribe</c> and <c>complete</c>.</param>
/// <param name="Payload">The payload (detached from the message text), or null when absent or JSON null.</param>
internal sealed record ClientMessage(string Type, string? Id, JsonElement? Payload)
{
    public const string ConnectionInit = "connection_init";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Complete = "complete";

    /// <summary>The message, or null with the reason the protocol refuses it.</summary>
    public static ClientMessage? Parse(ReadOnlyMemory<byte> text, out string? invalidReason)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            invalidReason = "Invalid message received: not JSON";
            return null;
        }

        using (document)
        {
            try
            {
                return Read(document.RootElement, out invalidReason);
            }
            catch (InvalidOperationException)
            {
                // JSON may escape half a surrogate pair (\ud800 alone), which no string can hold.
                invalidReason = "Invalid message received: a string is not valid Unicode";
                return null;
            }
        }
    }

    private static ClientMessage? Read(JsonElement root, out string? invalidReason)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            invalidReason = "Invalid message received: not a JSON object";
            return null;
        }

        if (!root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            invalidReason = "Invalid message received: no \"type\"";
            return null;
        }

        var type = typeElement.GetString()!;
        var payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p.Clone() : (JsonElement?)null;
        string? id = null;
        if (root.TryGetProperty("id", out var idElement))
        {
            id = idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
        }

        invalidReason = type switch
        {
            ConnectionInit or Ping or Pong when payload is { ValueKind: not JsonValueKind.Object } =>
                $"Invalid message received: the payload of \"{type}\" must be an object",
            Subscribe or Complete when string.IsNullOrEmpty(id) =>
                $"Invalid message received: \"{type}\" needs a non-empty string \"id\"",
            Subscribe => InvalidSubscribePayload(payload),
            ConnectionInit => InvalidCredentials(payload),
            Ping or Pong or Complete => null,
            _ => $"Unexpected message of type \"{Truncate(type)}\" received",
        };
        return invalidReason is null ? new ClientMessage(type, id, payload) : null;
    }

    /// <summary>
    /// Credentials the connection could not be sure of (<see cref="ConnectionInitCredentials"/>): an authorization
    /// that is not a string would otherwise be skipped and the connection run as the public, and two would contradict.
    /// </summary>
    private static string? InvalidCredentials(JsonElement? payload)
    {
        if (payload is not { } init)
        {
            return null;
        }

        var found = 0;
        foreach (var property in init.EnumerateObject())
        {
            if (!string.Equals(property.Name, ConnectionInitCredentials.AuthorizationKey, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.String || ++found > 1)
            {
                return $"Invalid message received: \"{ConnectionInitCredentials.AuthorizationKey}\" in the connection_init payload must be one string";
            }
        }

        return null;
    }

    private static string? InvalidSubscribePayload(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } p)
        {
            return "Invalid message received: \"subscribe\" needs a payload object";
        }

        if (!p.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            return "Invalid message received: the subscribe payload needs a string \"query\"";
        }

        if (p.TryGetProperty("operationName", out var name) && name.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            return "Invalid message received: \"operationName\" must be a string or null";
        }

        foreach (var property in (string[])["variables", "extensions"])
        {
            if (p.TryGetProperty(property, out var value) && value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                return $"Invalid message received: \"{property}\" must be an object or null";
            }
        }

        return null;
    }

    // A close reason may carry at most 123 bytes of UTF-8.
    private static string Truncate(string type) => type.Length <= 40 ? type : type[..40] + "…";
}

using System.Buffers;
using System.Text.Json;

namespace Hub.Server.WebSockets;

/// <summary>The JSON text of the messages the server sends; GraphQL payloads arrive already serialized.</summary>
internal static class ServerMessage
{
    public static byte[] ConnectionAck() => Write("connection_ack", null, null, null);

    public static byte[] Pong(JsonElement? payload) => Write("pong", null, payload, null);

    public static byte[] Next(string id, string executionResultJson) => Write("next", id, null, executionResultJson);

    public static byte[] Error(string id, string errorsJson) => Write("error", id, null, errorsJson);

    public static byte[] Complete(string id) => Write("complete", id, null, null);

    private static byte[] Write(string type, string? id, JsonElement? payload, string? rawPayload)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            writer.WriteString("type", type);
            if (payload is { } element)
            {
                writer.WritePropertyName("payload");
                element.WriteTo(writer);
            }
            else if (rawPayload is not null)
            {
                writer.WritePropertyName("payload");
                writer.WriteRawValue(rawPayload, skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}

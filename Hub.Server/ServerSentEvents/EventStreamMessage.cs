using System.Text;
using System.Text.Json;

namespace Hub.Server.ServerSentEvents;

/// <summary>
/// One block of the event stream, already framed, and what to do once it has been written and flushed (let the
/// operation's feed hand over its next event).
/// </summary>
internal sealed record EventStreamMessage(ReadOnlyMemory<byte> Bytes, Action? Sent)
{
    /// <summary>A comment line: ignored by every event-stream parser, but traffic for proxies that close idle connections.</summary>
    public static EventStreamMessage KeepAlive { get; } = new(":\n\n"u8.ToArray(), null);

    /// <summary>
    /// <c>event: next</c> with the execution result: the result itself in distinct connections mode, or
    /// <c>{"id":…,"payload":…}</c> in single connection mode, where the client routes results by operation id.
    /// </summary>
    public static EventStreamMessage Next(string? operationId, string resultJson, Action? sent)
    {
        var data = operationId is null
            ? resultJson
            : $$"""{"id":{{JsonSerializer.Serialize(operationId)}},"payload":{{resultJson}}}""";
        return new EventStreamMessage(Frame("next", data), sent);
    }

    /// <summary>
    /// <c>event: complete</c>; with an empty data line in distinct connections mode (the stream carries one
    /// operation), with <c>{"id":…}</c> in single connection mode.
    /// </summary>
    public static EventStreamMessage Complete(string? operationId) => new(
        Frame("complete", operationId is null ? null : $$"""{"id":{{JsonSerializer.Serialize(operationId)}}}"""),
        null);

    private static byte[] Frame(string eventName, string? data)
    {
        var text = new StringBuilder("event: ").Append(eventName).Append('\n');
        if (data is null)
        {
            text.Append("data:\n");
        }
        else
        {
            // Serialized JSON has no raw line breaks, but a line break would end the data field: the event-stream
            // format carries a multi-line value as one data line per line, which parsers join again with "\n".
            foreach (var line in data.Split('\n'))
            {
                text.Append("data: ").Append(line.TrimEnd('\r')).Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(text.Append('\n').ToString());
    }
}

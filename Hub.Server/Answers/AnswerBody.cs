using GraphQL;
using GraphQL.Transport;

namespace Hub.Server.Answers;

/// <summary>
/// An answer's bytes without its extensions, and the writing of them with the extensions of the request that is
/// being answered: a kept answer must not repeat the statement count of the request that computed it.
/// </summary>
internal static class AnswerBody
{
    public const string StatementsExtension = "sqlStatements";

    public static async Task<byte[]> SerializeAsync(ExecutionResult result, IGraphQLSerializer serializer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(serializer);
        var extensions = result.Extensions;
        result.Extensions = null;
        try
        {
            using var buffer = new MemoryStream();
            await serializer.WriteAsync(buffer, result, cancellationToken);
            return buffer.ToArray();
        }
        finally
        {
            result.Extensions = extensions;
        }
    }

    /// <summary>
    /// The body with <paramref name="extensions"/> added as the answer's last member (the body is a JSON object with
    /// no <c>extensions</c> member, so its closing brace is its last byte).
    /// </summary>
    public static async Task<byte[]> WithAsync(byte[] body, IReadOnlyDictionary<string, object?>? extensions, IGraphQLSerializer serializer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(serializer);
        if (extensions is not { Count: > 0 })
        {
            return body;
        }

        using var whole = new MemoryStream(body.Length + 64);
        whole.Write(body, 0, body.Length - 1);
        whole.Write(",\"extensions\":"u8);
        await serializer.WriteAsync(whole, extensions, cancellationToken);
        whole.WriteByte((byte)'}');
        return whole.ToArray();
    }
}

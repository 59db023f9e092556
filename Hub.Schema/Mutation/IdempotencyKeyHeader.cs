using GraphQL;

namespace Hub.Schema.Mutation;

/// <summary>
/// The <c>Idempotency-Key</c> an HTTP request carried, handed to the mutations of the request through its user
/// context (the schema knows nothing of HTTP). A document of several mutations keys each by its response name.
/// </summary>
public static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";
    private const string UserContextKey = "Hub.IdempotencyKey";

    public static void Carry(ExecutionOptions options, string? key)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrEmpty(key))
        {
            options.UserContext[UserContextKey] = key;
        }
    }

    internal static string? Of(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(UserContextKey, out var key) ? key as string : null;
}

using GraphQL;

namespace Hub.Schema.Mutation;

/// <summary>
/// How a mutation answers a retry under a key it has seen: the receipt it keeps of a stored result (ids, counts),
/// and how it rebuilds the payload from that receipt.
/// </summary>
public sealed record IdempotentMutation(
    Func<object, string> ReceiptOf,
    Func<string, IResolveFieldContext, Task<object?>> ReplayAsync)
{
    internal const string MetadataKey = "hub:idempotent";

    public const string ClientMutationIdDescription =
        "A key of the caller's own for this request (or send an Idempotency-Key header): a retry under the same key within 24 hours " +
        "returns the first result and stores nothing new; the same key with other input is refused with IDEMPOTENCY_KEY_REUSED.";
}

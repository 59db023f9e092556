using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Hub.Schema.Mutation;

public static class MutationFieldBuilderExtensions
{
    /// <summary>
    /// Lets callers retry this mutation safely under a key of their own (<c>input.clientMutationId</c> or an
    /// <c>Idempotency-Key</c> header): <see cref="MutationPipeline"/> answers a retry from the receipt of the
    /// first success.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> Idempotent<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field,
        Func<TReturn, string> receiptOf,
        Func<string, GraphQL.IResolveFieldContext, Task<object?>> replayAsync)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(receiptOf);
        field.FieldType.WithMetadata(IdempotentMutation.MetadataKey, new IdempotentMutation(payload => receiptOf((TReturn)payload), replayAsync));
        return field;
    }
}

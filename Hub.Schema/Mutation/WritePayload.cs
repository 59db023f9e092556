using Hub.Data.Writes;

namespace Hub.Schema.Mutation;

/// <summary>A registry mutation's answer: the row as stored, or the input's errors and no row.</summary>
public sealed record WritePayload<T>(T? Row, IReadOnlyList<InputError> Errors) : IMutationPayload
    where T : class
{
    public WritePayload(WriteResult<T> result)
        : this(result?.Row, result?.Errors ?? [])
    {
    }

    int IMutationPayload.ErrorCount => Errors.Count;
}

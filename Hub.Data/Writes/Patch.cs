namespace Hub.Data.Writes;

/// <summary>
/// One field of a patch (an <c>update…</c> input): absent leaves the stored value alone, present replaces it, an
/// explicit null included, which clears it. GraphQL tells the two apart; a plain nullable property cannot.
/// </summary>
public readonly record struct Patch<T>(bool IsSet, T Value) : IPatch
{
    object? IPatch.BoxedValue => Value;

    public static implicit operator Patch<T>(T value) => new(true, value);

    /// <summary>The new value when the patch sets one, else <paramref name="current"/>.</summary>
    public T Or(T current) => IsSet ? Value : current;
}

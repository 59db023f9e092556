namespace Hub.Data.Writes;

/// <summary>A <see cref="Patch{T}"/> seen without its type argument: what the audit log writes of a patch field.</summary>
public interface IPatch
{
    bool IsSet { get; }

    object? BoxedValue { get; }
}

namespace Hub.Schema.Filtering;

/// <summary>
/// Wraps an operand so that EF Core sends it as a SQL parameter: a literal constant would be inlined
/// into the SQL text and compile a new query plan for every value a client tries.
/// </summary>
public sealed class QueryParameter<T>(T value)
{
    public T Value { get; } = value;
}

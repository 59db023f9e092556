namespace Hub.Schema.Relay;

/// <summary>One parent's slice of a nested connection, as one SQL statement returns it for many parents.</summary>
public sealed record ChildRows<T>(int ParentId, List<T> Rows, int Total);

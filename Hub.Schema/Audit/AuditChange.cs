namespace Hub.Schema.Audit;

/// <summary>One row a mutation touched, its key and values as JSON text (null before a row was created, after it was deleted).</summary>
public sealed record AuditChange(string Entity, string State, string Key, string? Before, string? After);

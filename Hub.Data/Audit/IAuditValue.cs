namespace Hub.Data.Audit;

/// <summary>
/// An argument value that the audit log keeps as a summary of its own choosing instead of its content, such as an
/// uploaded file, which is logged as its name, size and digest and never as its bytes.
/// </summary>
public interface IAuditValue
{
    /// <summary>What <see cref="AuditJson"/> writes in the value's place: a map, a string, a number.</summary>
    object? AuditSummary { get; }
}

namespace Hub.Data.Model;

/// <summary>
/// One mutation as it was asked for and what it did: who (subject and role), what (the mutation and its input),
/// when, the rows it touched before and after, and how it ended. Written in the same transaction as the change
/// it records, so a stored change never lacks its entry.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>The caller's subject ("key:&lt;name&gt;" or a token's sub); null for the public.</summary>
    public string? Subject { get; set; }

    /// <summary>PUBLIC, PARTNER, STATION_STAFF, ANALYST or ADMIN.</summary>
    public required string Role { get; set; }

    /// <summary>The root field of the mutation (recordActivity, submitObservations, ...).</summary>
    public required string Mutation { get; set; }

    /// <summary>The mutation's arguments as JSON; long strings (a file's content) are replaced by their length and SHA-256.</summary>
    public required string Input { get; set; }

    /// <summary>A JSON array of the rows the mutation touched: entity, key, before and after (null for a row created or deleted).</summary>
    public required string Changes { get; set; }

    public AuditOutcome Outcome { get; set; }

    /// <summary>Why a mutation did not succeed, as the caller was told.</summary>
    public string? Reason { get; set; }
}

namespace Hub.Data.Model;

/// <summary>
/// A write a caller asked for under a key of its own (<c>clientMutationId</c> or an <c>Idempotency-Key</c> header),
/// kept for a day so that a retry of the same request returns the first result instead of storing it twice.
/// Stored in the transaction of the write it records.
/// </summary>
public class IdempotencyRecord
{
    public long Id { get; set; }

    /// <summary>The caller's subject: keys are the caller's own, so two callers never share one.</summary>
    public required string Subject { get; set; }

    public required string Key { get; set; }

    /// <summary>The root field (recordActivity, importObservations, ...).</summary>
    public required string Mutation { get; set; }

    /// <summary>SHA-256 of the request's arguments: the same key with other arguments is a client's mistake, not a retry.</summary>
    public required string InputHash { get; set; }

    /// <summary>What the mutation needs to answer the retry as it answered the first request (ids, counts).</summary>
    public required string Receipt { get; set; }

    public DateTime CreatedAt { get; set; }
}

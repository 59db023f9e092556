namespace Hub.Data.Model;

/// <summary>How a mutation ended.</summary>
public enum AuditOutcome
{
    /// <summary>The change was stored.</summary>
    Succeeded,

    /// <summary>The input was invalid (the payload named its errors); nothing was stored.</summary>
    Rejected,

    /// <summary>The caller had no credentials or no right to make this change; nothing was stored.</summary>
    Refused,

    /// <summary>The server failed while making the change; nothing was stored.</summary>
    Failed,

    /// <summary>A retry under a key the caller already used: the first result was returned and nothing new stored.</summary>
    Replayed,
}

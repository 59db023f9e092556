namespace Hub.Server.ServerSentEvents;

/// <summary>Whether a single-connection stream took an operation, and if not, why.</summary>
internal enum StreamAdmission
{
    Added,
    DuplicateId,
    TooMany,
    ShuttingDown,
    Closed,
}

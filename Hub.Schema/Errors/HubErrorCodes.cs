namespace Hub.Schema.Errors;

/// <summary>
/// Every value of <c>extensions.code</c> the hub puts on an error, in one table, so that clients can
/// branch on one stable word whether the schema or the HTTP transport raised the error.
/// </summary>
public static class HubErrorCodes
{
    /// <summary>Malformed JSON, a body that is not an object, wrong-typed request parameters.</summary>
    public const string BadRequest = "BAD_REQUEST";
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>Invalid variables or arguments: unknown codes, malformed periods, foreign ids.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";
    /// <summary>An argument names something that does not exist (a region code, for example).</summary>
    public const string NotFound = "NOT_FOUND";
    public const string OperationNotFound = "OPERATION_NOT_FOUND";
    /// <summary>A conditional write found the stored row at another version than the caller expected.</summary>
    public const string VersionConflict = "VERSION_CONFLICT";
    /// <summary>An idempotency key (clientMutationId, Idempotency-Key) sent again with other input than its first use.</summary>
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    /// <summary>An export (<c>/export/comparison.xlsx</c>) would hold more rows than <c>Hub:Exports:MaxRows</c>.</summary>
    public const string ExportTooLarge = "EXPORT_TOO_LARGE";

    // Request limits (Hub.Schema/Limits): each refusal names the limit it hit, so a client knows what to shrink.
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string TooManyDirectives = "TOO_MANY_DIRECTIVES";
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";
    public const string ListTooLong = "LIST_TOO_LONG";
    public const string StringTooLong = "STRING_TOO_LONG";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";
    public const string RequestTimeout = "REQUEST_TIMEOUT";
    /// <summary>The last error of a response that had more than 100: it counts the ones left out.</summary>
    public const string TooManyErrors = "TOO_MANY_ERRORS";
    /// <summary>A WebSocket connection already runs as many operations as one connection may (Hub:WebSockets:MaxOperationsPerConnection).</summary>
    public const string TooManyOpenOperations = "TOO_MANY_OPEN_OPERATIONS";

    // Identity and access (issue 6).
    /// <summary>No credentials where some are needed (every mutation), or credentials that do not check out (HTTP 401).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";
    /// <summary>The caller's role or scope does not allow this read or write.</summary>
    public const string Forbidden = "FORBIDDEN";
    /// <summary>Too many requests from one key, token subject or client address in the window (HTTP 429, Retry-After).</summary>
    public const string RateLimited = "RATE_LIMITED";
    /// <summary>The server runs only registered documents and the request sent free text that is not one of them.</summary>
    public const string TrustedDocumentRequired = "TRUSTED_DOCUMENT_REQUIRED";
    /// <summary>The request named a document id the server's manifest does not hold.</summary>
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";

    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    // File uploads by the GraphQL multipart request spec (Hub.Server/Http/GraphQLMultipartRequestReader).
    /// <summary>A file part is larger than Hub:Uploads:MaxFileBytes (HTTP 413); nothing of the request ran.</summary>
    public const string FileTooLarge = "FILE_TOO_LARGE";
    /// <summary>The map names more files than Hub:Uploads:MaxFiles (HTTP 413).</summary>
    public const string TooManyFiles = "TOO_MANY_FILES";
    /// <summary>A multipart request without a header a browser form cannot send (GraphQL-Preflight, Apollo-Require-Preflight): refused against CSRF (HTTP 400).</summary>
    public const string PreflightRequired = "PREFLIGHT_REQUIRED";
    public const string SubscriptionNotSupported = "SUBSCRIPTION_NOT_SUPPORTED";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    /// <summary>The hub cannot reach its database just now (HTTP 503, Retry-After); nothing of the request was stored.</summary>
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
    /// <summary>The server is stopping and takes no new streams or operations.</summary>
    public const string ServerShuttingDown = "SERVER_SHUTTING_DOWN";

    // GraphQL over Server-Sent Events, single connection mode (Hub.Server/ServerSentEvents).
    public const string EventStreamTokenMissing = "EVENT_STREAM_TOKEN_MISSING";
    /// <summary>The token names no stream of this caller: never reserved, expired, closed, or reserved by someone else.</summary>
    public const string EventStreamNotFound = "EVENT_STREAM_NOT_FOUND";
    public const string EventStreamAlreadyOpen = "EVENT_STREAM_ALREADY_OPEN";
    public const string OperationIdInUse = "OPERATION_ID_IN_USE";
    public const string TooManyStreamOperations = "TOO_MANY_STREAM_OPERATIONS";
}

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
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";

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
    /// <summary>A WebSocket connection already runs as many operations as one connection may (Hub:WebSockets:MaxOperationsPerConnection).</summary>
    public const string TooManyOpenOperations = "TOO_MANY_OPEN_OPERATIONS";

    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string SubscriptionNotSupported = "SUBSCRIPTION_NOT_SUPPORTED";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}

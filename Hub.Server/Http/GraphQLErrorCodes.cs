namespace Hub.Server.Http;

/// <summary>
/// The values of <c>extensions.code</c> that the HTTP transport puts on the errors it classifies, so that
/// clients can branch on one stable word whichever GraphQL.NET error class produced the error.
/// </summary>
public static class GraphQLErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationNotFound = "OPERATION_NOT_FOUND";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string SubscriptionNotSupported = "SUBSCRIPTION_NOT_SUPPORTED";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}

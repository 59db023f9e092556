namespace Hub.Schema.Errors;

/// <summary>The values of <c>extensions.code</c> that clients can rely on.</summary>
public static class HubErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
}

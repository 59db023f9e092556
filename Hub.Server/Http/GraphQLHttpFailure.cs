using Hub.Schema.Errors;

namespace Hub.Server.Http;

/// <summary>A request refused before GraphQL execution, with the HTTP status and the error to report.</summary>
internal sealed record GraphQLHttpFailure(int StatusCode, string Code, string Message, string? Allow = null)
{
    public static GraphQLHttpFailure BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, HubErrorCodes.BadRequest, message);
}

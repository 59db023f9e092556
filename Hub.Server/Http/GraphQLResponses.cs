using GraphQL;

namespace Hub.Server.Http;

/// <summary>
/// Writes a GraphQL response body with its status and media type: the one way every part of the server answers,
/// the endpoints (HTTP, SSE) and the middleware in front of them (bad credentials, rate limits), so that clients
/// read one format whoever answered them.
/// </summary>
internal static class GraphQLResponses
{
    /// <param name="mediaType">The negotiated media type; the request's Accept header decides when null.</param>
    public static async Task WriteAsync(HttpContext context, ExecutionResult result, int status, string? mediaType = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = (mediaType ?? GraphQLMediaTypes.Negotiate(context.Request) ?? GraphQLMediaTypes.Json) + "; charset=utf-8";
        await context.RequestServices.GetRequiredService<IGraphQLSerializer>().WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    /// <summary>A request refused before execution: its status, its <c>Allow</c> header if any, and one error with its code.</summary>
    public static Task WriteFailureAsync(HttpContext context, GraphQLHttpFailure failure, string? mediaType = null)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.Allow is not null)
        {
            context.Response.Headers.Allow = failure.Allow;
        }

        return WriteAsync(context, new ExecutionResult { Errors = [new ExecutionError(failure.Message) { Code = failure.Code }] }, failure.StatusCode, mediaType);
    }
}

using GraphQL;

namespace Hub.Server.Http;

/// <summary>
/// A refusal written by middleware in front of the GraphQL endpoint (bad credentials, rate limits), in the shape
/// and media type of a GraphQL response, so that clients read one error format whoever refused them.
/// </summary>
internal static class GraphQLErrorResponse
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string message, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = (GraphQLMediaTypes.Negotiate(context.Request) ?? GraphQLMediaTypes.Json) + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        await context.RequestServices.GetRequiredService<IGraphQLSerializer>().WriteAsync(context.Response.Body, result, cancellationToken);
    }
}

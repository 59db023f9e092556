using System.Security.Cryptography;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Hub.Server.Auth;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Hub.Server.Http;

/// <summary>
/// HTTP caching for the one answer that is the same for everybody: an anonymous query selecting nothing but
/// <c>publicProjects</c> at its root. Such an answer gets a strong <c>ETag</c> (a hash of the body) and
/// <c>Cache-Control: public, max-age</c>, and a matching <c>If-None-Match</c> gets 304 with no body. Every other
/// answer is <c>no-store</c>, and <c>private</c> as well when the request carried credentials, so no shared cache
/// keeps what one caller was allowed to see.
/// </summary>
internal sealed class PublicListingCache(IOptions<PublicListingCacheOptions> options)
{
    private const string ListingField = "publicProjects";

    /// <summary>Marks the response uncacheable; the cacheable path overrides it.</summary>
    public static void ForbidStorage(HttpContext context)
    {
        context.Response.Headers.CacheControl = CarriesCredentials(context) ? "private, no-store" : "no-store";
    }

    /// <summary>Whether the request carried credentials of either kind (the answer is then the caller's alone).</summary>
    private static bool CarriesCredentials(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
        || context.Request.Headers.ContainsKey(HeaderNames.Authorization)
        || ApiKeyAuthenticationHandler.KeyOf(context.Request).Present;

    /// <summary>Whether this request's answer may be shared: anonymous, and an operation that selects only the public listing.</summary>
    public static bool IsCacheable(HttpContext context, GraphQLRequest request, ExecutionResult result)
    {
        if (CarriesCredentials(context) || !result.Executed || result.Errors is { Count: > 0 } || request.Query is null)
        {
            return false;
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(request.Query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return false;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = request.OperationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
        return operation is { Operation: OperationType.Query }
            && operation.SelectionSet.Selections.Count > 0
            && operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.StringValue == ListingField);
    }

    /// <summary>
    /// Writes the shared answer, or 304 when the client already holds it. The tag is the hash of the answer without
    /// its extensions (<paramref name="answer"/>), so the statement count of the request that computed it, which the
    /// body carries when diagnostics are on, does not change the tag of the same listing.
    /// </summary>
    public async Task WriteAsync(HttpContext context, byte[] answer, byte[] body, string mediaType)
    {
        await WriteSharedAsync(context, answer, body, mediaType + "; charset=utf-8");
    }

    /// <summary>
    /// Writes a body that is the same for every caller (the public listing, the public pages built on it) with a
    /// strong <c>ETag</c> of its bytes and <c>Cache-Control: public, max-age</c>, or 304 when the client holds it.
    /// </summary>
    public Task WriteSharedAsync(HttpContext context, byte[] body, string contentType) => WriteSharedAsync(context, body, body, contentType);

    private async Task WriteSharedAsync(HttpContext context, byte[] tagged, byte[] body, string contentType)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        var etag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(SHA256.HashData(tagged)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"");
        var headers = context.Response.Headers;
        headers.ETag = etag.ToString();
        headers.CacheControl = $"public, max-age={Math.Max(0, options.Value.MaxAgeSeconds)}";

        if (EntityTagHeaderValue.TryParseList(context.Request.Headers.IfNoneMatch, out var held)
            && held.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}

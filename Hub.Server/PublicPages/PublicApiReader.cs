using System.Security.Claims;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using Hub.Schema.Limits;
using Hub.Server.Http;
using Microsoft.Extensions.Options;

namespace Hub.Server.PublicPages;

/// <summary>
/// Runs a page's GraphQL document through the schema exactly as an anonymous client's request runs: the same
/// executer, resolvers, access rules, limits and serializer, with a caller that carries no claims whatever the
/// browser sent. So a page can show nothing the anonymous API would not answer, and its answer is the same for
/// everyone, which is what lets shared caches keep it.
/// </summary>
internal sealed class PublicApiReader(IDocumentExecuter<ISchema> executer, IGraphQLSerializer serializer, IOptions<HubLimitsOptions> limits)
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public async Task<PublicApiAnswer> ReadAsync(HttpContext context, string document, IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var deadline = new RequestDeadline(limits.Value.RequestTimeout, context.RequestAborted);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = document,
            Variables = new Inputs(variables.ToDictionary()),
            RequestServices = context.RequestServices,
            User = Anonymous,
            CancellationToken = deadline.Token,
        });
        deadline.ThrowIfPassed();

        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, context.RequestAborted);
        var answer = JsonNode.Parse(buffer.ToArray());
        var codes = (answer?["errors"]?.AsArray() ?? [])
            .Select(e => e?["extensions"]?["code"]?.GetValue<string>() ?? "")
            .ToList();
        return new PublicApiAnswer(answer?["data"] as JsonObject, codes);
    }

    /// <summary>
    /// Reads the <c>node(id:)</c> of a page's document, which must be of <paramref name="typeName"/>, with its labels;
    /// null once the page is answered without it: 503 while the database is away, else the 404 page. Hidden, of
    /// another type or naming nothing, the id gets the one 404, as it gets one answer from the API.
    /// </summary>
    public async Task<(JsonNode Node, PageLabels Labels)?> ReadNodeAsync(HttpContext context, string document, string id, string typeName, string notFoundTitle, string notFoundMessage)
    {
        var answer = await ReadAsync(context, document, new Dictionary<string, object?> { ["id"] = id });
        if (answer.Unavailable)
        {
            await PublicPageResponses.WriteUnavailableAsync(context);
            return null;
        }

        if (answer.Data?["node"] is not { } node || node["__typename"]?.GetValue<string>() != typeName)
        {
            await PublicPageResponses.WriteMessageAsync(context, StatusCodes.Status404NotFound, notFoundTitle, notFoundMessage);
            return null;
        }

        return (node, new PageLabels(answer.Data["enumLabels"]));
    }
}

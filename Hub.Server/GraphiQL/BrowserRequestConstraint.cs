using Hub.Server.Http;
using Microsoft.Net.Http.Headers;

namespace Hub.Server.GraphiQL;

/// <summary>
/// Lets the IDE's route match only a request whose Accept header prefers HTML to both GraphQL media types, as
/// a browser's navigation does (<c>text/html,application/xhtml+xml,...,*/*;q=0.8</c>). Every other request
/// falls through to the GraphQL endpoint at the same path, which answers it exactly as if the IDE were not there.
/// </summary>
/// <remarks>
/// <c>text/html</c> must be named (a wildcard is not a browser asking for a page), and a tie goes to the
/// page because a client naming <c>text/html</c> as high as JSON is a person, not a program.
/// </remarks>
internal sealed class BrowserRequestConstraint : IRouteConstraint
{
    public const string Key = "graphiqlPage";

    private const string Html = "text/html";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        routeDirection == RouteDirection.IncomingRequest && httpContext is not null && PrefersHtml(httpContext.Request);

    public static bool PrefersHtml(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges) || ranges.Count == 0)
        {
            return false;
        }

        var html = GraphQLMediaTypes.Quality(ranges, Html, out var htmlNamed);
        return htmlNamed
            && html > 0
            && html >= GraphQLMediaTypes.Quality(ranges, GraphQLMediaTypes.GraphQLResponseJson, out _)
            && html >= GraphQLMediaTypes.Quality(ranges, GraphQLMediaTypes.Json, out _);
    }
}

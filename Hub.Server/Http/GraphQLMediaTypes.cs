using Microsoft.Net.Http.Headers;

namespace Hub.Server.Http;

/// <summary>Media types of the GraphQL-over-HTTP specification and the choice of the response type.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// Picks the response media type from the Accept header, or null when the client accepts neither.
    /// </summary>
    /// <remarks>
    /// A missing Accept header, <c>*/*</c> and <c>application/*</c> get <c>application/json</c>: the spec tells
    /// servers to treat a request without Accept as if it asked for <c>application/json</c>, and a client that
    /// only names wildcards may predate <c>application/graphql-response+json</c> and expect 200 for GraphQL
    /// errors. The new type is used only when a client names it, and wins a tie because naming it means the
    /// client understands its status codes.
    /// </remarks>
    public static string? Negotiate(HttpRequest request)
    {
        var header = request.Headers.Accept;
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header.ToString()))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(header, out var ranges) || ranges.Count == 0)
        {
            // An unreadable Accept header says nothing the server can honour better than its default.
            return Json;
        }

        var graphQLResponse = Quality(ranges, GraphQLResponseJson, out var graphQLResponseNamed);
        var json = Quality(ranges, Json, out _);
        if (graphQLResponse <= 0 && json <= 0)
        {
            return null;
        }

        if (graphQLResponseNamed && graphQLResponse > 0 && graphQLResponse >= json)
        {
            return GraphQLResponseJson;
        }

        return json > 0 ? Json : GraphQLResponseJson;
    }

    /// <summary>
    /// The quality the Accept ranges give a media type: the most specific matching range decides (RFC 9110 12.5.1).
    /// </summary>
    internal static double Quality(IList<MediaTypeHeaderValue> ranges, string mediaType, out bool namedExactly)
    {
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        var type = mediaType[..slash];
        var bestSpecificity = -1;
        var quality = 0d;
        foreach (var range in ranges)
        {
            var specificity = Specificity(range, type, mediaType);
            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                quality = range.Quality ?? 1d;
            }
        }

        namedExactly = bestSpecificity == 2;
        return quality;
    }

    private static int Specificity(MediaTypeHeaderValue range, string type, string mediaType)
    {
        if (range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }

        if (range.MatchesAllTypes)
        {
            return 0;
        }

        return range.MatchesAllSubTypes && range.Type.Equals(type, StringComparison.OrdinalIgnoreCase) ? 1 : -1;
    }
}

using GraphQL.Transport;

namespace Hub.Server.Http;

/// <summary>
/// Either the GraphQL requests read from HTTP, or why they could not be read. <see cref="IsBatch"/> when the body was
/// a JSON array of requests, to be answered with an array of results, even for an array of one.
/// </summary>
internal sealed record GraphQLHttpRequestReadResult(IReadOnlyList<GraphQLRequest>? Requests, bool IsBatch, GraphQLHttpFailure? Failure)
{
    public static GraphQLHttpRequestReadResult Single(GraphQLRequest request) => new([request], false, null);

    public static GraphQLHttpRequestReadResult Batch(IReadOnlyList<GraphQLRequest> requests) => new(requests, true, null);

    public static GraphQLHttpRequestReadResult Failed(GraphQLHttpFailure failure) => new(null, false, failure);
}

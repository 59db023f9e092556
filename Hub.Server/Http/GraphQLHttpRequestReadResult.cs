using GraphQL.Transport;

namespace Hub.Server.Http;

/// <summary>Either the GraphQL request read from HTTP, or why it could not be read.</summary>
internal sealed record GraphQLHttpRequestReadResult(GraphQLRequest? Request, GraphQLHttpFailure? Failure);

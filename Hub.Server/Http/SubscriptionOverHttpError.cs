using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Hub.Server.Http;

/// <summary>A subscription sent to the plain HTTP endpoint, which can return one result only.</summary>
internal sealed class SubscriptionOverHttpError(ROM source, GraphQLOperationDefinition operation)
    : ValidationError(
        source,
        null,
        "Subscriptions are not served over plain HTTP; connect with graphql-transport-ws (WebSocket) or graphql-sse.",
        operation)
{
}

using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Hub.Server.Http;

/// <summary>A mutation sent with GET; the endpoint answers it with 405 and <c>Allow: POST</c>.</summary>
internal sealed class MutationOverGetError(ROM source, GraphQLOperationDefinition operation)
    : ValidationError(source, null, "Mutations cannot be sent with GET; send them with POST.", operation)
{
}

using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Hub.Schema.Limits;

/// <summary>
/// A document refused because it is over one of the <see cref="HubLimitsOptions"/>; the code names the limit.
/// A validation error, so the request never executes and transports answer it as a request error.
/// </summary>
public sealed class LimitExceededError : ValidationError
{
    public LimitExceededError(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public LimitExceededError(string code, string message, ROM source, ASTNode node)
        : base(source, null, message, node)
    {
        Code = code;
    }
}

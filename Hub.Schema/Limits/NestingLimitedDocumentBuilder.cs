using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Hub.Schema.Errors;

namespace Hub.Schema.Limits;

/// <summary>
/// The parser with its recursion limit set from <see cref="HubLimitsOptions.MaxNesting"/>, so ten thousand nested
/// braces stop the parser at the limit instead of exhausting the stack. GraphQL.NET reports the parser's refusal as
/// a server fault; here it is the client's QUERY_TOO_DEEP.
/// </summary>
public sealed class NestingLimitedDocumentBuilder(HubLimitsOptions limits) : IDocumentBuilder
{
    private readonly GraphQLDocumentBuilder _parser = new() { MaxDepth = limits.MaxNesting };

    public GraphQLDocument Build(string body)
    {
        try
        {
            return _parser.Build(body);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new LimitExceededError(HubErrorCodes.QueryTooDeep, $"The document nests deeper than {limits.MaxNesting} levels.");
        }
    }
}

using GraphQL.Validation;
using GraphQLParser.AST;

namespace Hub.Server.Http;

/// <summary>
/// Refuses, during validation and so before anything runs, the operations this HTTP request may not carry:
/// mutations over GET (GET must be safe: a link or a prefetch must never change data) and, unless the request is
/// an event stream (<paramref name="carriesSubscriptions"/>), subscriptions over plain HTTP (they are served by
/// the WebSocket and SSE transports).
/// </summary>
internal sealed class HttpOperationTypeValidationRule(bool isGet, bool carriesSubscriptions = false) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (isGet && operation.Operation == OperationType.Mutation)
        {
            context.ReportError(new MutationOverGetError(context.Document.Source, operation));
        }
        else if (operation.Operation == OperationType.Subscription && !carriesSubscriptions)
        {
            context.ReportError(new SubscriptionOverHttpError(context.Document.Source, operation));
        }

        return default;
    }
}

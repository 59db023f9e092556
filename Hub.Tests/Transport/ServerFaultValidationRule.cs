using GraphQL.Validation;

namespace Hub.Tests.Transport;

/// <summary>
/// Throws for an operation named ServerFault, so a test can provoke a genuine server fault before execution;
/// it also proves that rules added through the schema builder still run beside the transport's own rule.
/// </summary>
public sealed class ServerFaultValidationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        context.Operation.Name?.StringValue == "ServerFault"
            ? throw new InvalidOperationException("simulated fault with secret details")
            : default;
}

using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Hub.Server.Telemetry;

/// <summary>
/// Remembers the operation of a document that validation (the hub's limits or GraphQL.NET's rules) refused, which
/// GraphQL.NET leaves out of the result, so that the refused operation is traced and counted with its type and
/// name. A valid document costs nothing here but the call.
/// </summary>
internal sealed class RefusedOperationCapture(IDocumentValidator inner) : IDocumentValidator
{
    private const string UserContextKey = "Hub.RefusedOperation";

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var validation = inner.ValidateAsync(options);
        var userContext = options.UserContext;
        var operation = options.Operation;
        if (validation.IsCompletedSuccessfully)
        {
            Remember(validation.Result, userContext, operation);
            return validation;
        }

        return RememberAsync(validation, userContext, operation);
    }

    /// <summary>
    /// Fills in <see cref="ExecutionResult.Operation"/> of a result that validation refused. No transport of the hub
    /// tells a refusal by that property (they look at <see cref="ExecutionResult.Executed"/>), so only the telemetry
    /// sees the difference.
    /// </summary>
    public static void Restore(ExecutionOptions options, ExecutionResult result)
    {
        if (result.Operation is null && options.UserContext?.TryGetValue(UserContextKey, out var operation) == true)
        {
            result.Operation = operation as GraphQLOperationDefinition;
        }
    }

    private static async Task<IValidationResult> RememberAsync(Task<IValidationResult> validation, IDictionary<string, object?> userContext, GraphQLOperationDefinition operation)
    {
        var result = await validation.ConfigureAwait(false);
        Remember(result, userContext, operation);
        return result;
    }

    private static void Remember(IValidationResult result, IDictionary<string, object?> userContext, GraphQLOperationDefinition operation)
    {
        if (!result.IsValid)
        {
            userContext[UserContextKey] = operation;
        }
    }
}

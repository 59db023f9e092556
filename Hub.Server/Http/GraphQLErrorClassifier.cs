using Hub.Schema.Errors;
using Hub.Schema.Limits;
using GraphQL;
using Hub.Data.Diagnostics;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace Hub.Server.Http;

/// <summary>
/// Gives every error GraphQL.NET raises on its own one of the transport's <see cref="HubErrorCodes"/>.
/// GraphQL.NET's own code (for example <c>FIELDS_ON_CORRECT_TYPE</c>) is more precise but differs for each
/// rule and exception type, so it moves to <c>extensions.codes</c> after the class code; errors the schema
/// raises itself keep the code it gave them.
/// </summary>
internal static class GraphQLErrorClassifier
{
    /// <summary>At most this many errors go back in one response, then one <c>TOO_MANY_ERRORS</c> that counts the rest.</summary>
    public const int MaxErrors = 100;

    /// <returns>The errors to send: classified, and capped at <see cref="MaxErrors"/>.</returns>
    public static ExecutionErrors? Classify(ExecutionErrors? errors)
    {
        if (errors is null)
        {
            return null;
        }

        foreach (var error in errors)
        {
            var code = ClassOf(error);
            if (code is null || code == error.Code)
            {
                continue;
            }

            // The default error info provider would list the codes of inner exceptions in "codes": for a server
            // fault those name the server's exception types, so only the class code is shown. For the other
            // errors GraphQL.NET's precise code stays visible, right after the class code.
            var precise = error is UnhandledError ? null : error.Code;
            error.Code = code;
            error.Extensions ??= [];
            error.Extensions["codes"] = precise is null ? new[] { code } : new[] { code, precise };
        }

        if (errors.Count <= MaxErrors)
        {
            return errors;
        }

        // 7,000 unused variables are 7,000 errors of one mistake: the first hundred show it.
        var capped = new ExecutionErrors();
        capped.AddRange(errors.Take(MaxErrors));
        capped.Add(new ExecutionError($"{errors.Count - MaxErrors} more errors are not listed; fix the first {MaxErrors} and send the request again.")
        {
            Code = HubErrorCodes.TooManyErrors,
        });
        return capped;
    }

    /// <summary>The transport's code for an error GraphQL.NET raised, or null for an error the schema raised.</summary>
    public static string? ClassOf(ExecutionError error) => error switch
    {
        // A limit's refusal already carries the code of the limit (QUERY_TOO_DEEP, TOO_MANY_ALIASES, ...).
        LimitExceededError => null,
        MutationOverGetError => HubErrorCodes.MethodNotAllowed,
        SubscriptionOverHttpError => HubErrorCodes.SubscriptionNotSupported,
        SyntaxError => HubErrorCodes.ParseFailed,
        InvalidVariableError or InvalidValueError => HubErrorCodes.BadUserInput,
        ComplexityError => HubErrorCodes.QueryTooComplex,
        ValidationError => HubErrorCodes.ValidationFailed,
        InvalidOperationNameError or NoOperationNameError => HubErrorCodes.OperationNotFound,
        RequestError => HubErrorCodes.BadRequest,
        DocumentError => HubErrorCodes.ValidationFailed,
        UnhandledError { InnerException: var inner } when DatabaseAvailability.IsUnreachable(inner) => HubErrorCodes.ServiceUnavailable,
        UnhandledError => HubErrorCodes.InternalServerError,
        _ => null,
    };
}

using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace Hub.Server.Http;

/// <summary>
/// Gives every error GraphQL.NET raises on its own one of the transport's <see cref="GraphQLErrorCodes"/>.
/// GraphQL.NET's own code (for example <c>FIELDS_ON_CORRECT_TYPE</c>) is more precise but differs for each
/// rule and exception type, so it moves to <c>extensions.codes</c> after the class code; errors the schema
/// raises itself keep the code it gave them.
/// </summary>
internal static class GraphQLErrorClassifier
{
    public static void Classify(ExecutionErrors? errors)
    {
        if (errors is null)
        {
            return;
        }

        foreach (var error in errors)
        {
            var code = ClassOf(error);
            if (code is null || code == error.Code)
            {
                continue;
            }

            var precise = error is UnhandledError ? null : error.Code;
            error.Code = code;
            if (precise is not null)
            {
                // The default error info provider writes "codes" from the error and its inner exceptions; this
                // keeps GraphQL.NET's precise code visible there too, right after the class code.
                error.Extensions ??= [];
                error.Extensions["codes"] = new[] { code, precise };
            }
        }
    }

    /// <summary>The transport's code for an error GraphQL.NET raised, or null for an error the schema raised.</summary>
    public static string? ClassOf(ExecutionError error) => error switch
    {
        MutationOverGetError => GraphQLErrorCodes.MethodNotAllowed,
        SubscriptionOverHttpError => GraphQLErrorCodes.SubscriptionNotSupported,
        SyntaxError => GraphQLErrorCodes.ParseFailed,
        InvalidVariableError or InvalidValueError => GraphQLErrorCodes.BadUserInput,
        ComplexityError => GraphQLErrorCodes.QueryTooComplex,
        ValidationError => GraphQLErrorCodes.ValidationFailed,
        InvalidOperationNameError or NoOperationNameError => GraphQLErrorCodes.OperationNotFound,
        RequestError => GraphQLErrorCodes.BadRequest,
        DocumentError => GraphQLErrorCodes.ValidationFailed,
        UnhandledError => GraphQLErrorCodes.InternalServerError,
        _ => null,
    };
}

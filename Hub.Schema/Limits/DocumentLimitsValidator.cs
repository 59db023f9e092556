using GraphQL.Validation;

namespace Hub.Schema.Limits;

/// <summary>
/// Measures the document and its variables against <see cref="HubLimitsOptions"/> before GraphQL.NET's own
/// validation runs, and refuses without running it when a limit is exceeded. Running first matters: some of
/// GraphQL.NET's rules cost time quadratic in the number of fields or exponential in fragment nesting, and one
/// recurses once per fragment of a chain, so a hostile document would cost seconds or overflow the stack before
/// a rule in the same pass could refuse it.
/// </summary>
public sealed class DocumentLimitsValidator(IDocumentValidator inner, HubLimitsOptions limits) : IDocumentValidator
{
    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var errors = DocumentMeasurement.Of(options.Document, limits).Refusals();
        errors.AddRange(VariablesMeasurement.Of(options.Variables, limits).Refusals());
        return errors.Count > 0
            ? Task.FromResult<IValidationResult>(new ValidationResult(errors))
            : inner.ValidateAsync(options);
    }
}

using Hub.Data.Observations.Import;
using Hub.Schema.Mutation;

namespace Hub.Schema.Observations;

public sealed record ImportObservationsPayload(ObservationImportResult Result) : IMutationPayload
{
    int IMutationPayload.ErrorCount => Result.Errors.Count;
}

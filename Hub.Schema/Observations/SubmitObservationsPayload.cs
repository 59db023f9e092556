using Hub.Data.Model;
using Hub.Schema.Mutation;
using Hub.Data.Observations;

namespace Hub.Schema.Observations;

public sealed record SubmitObservationsPayload(IReadOnlyList<Observation> Observations, IReadOnlyList<ObservationRowError> Errors) : IMutationPayload
{
    int IMutationPayload.ErrorCount => Errors.Count;
}

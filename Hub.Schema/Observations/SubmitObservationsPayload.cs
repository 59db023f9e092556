using Hub.Data.Model;
using Hub.Data.Observations;

namespace Hub.Schema.Observations;

public sealed record SubmitObservationsPayload(IReadOnlyList<Observation> Observations, IReadOnlyList<ObservationRowError> Errors);

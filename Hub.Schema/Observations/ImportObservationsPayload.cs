using Hub.Data.Observations.Import;

namespace Hub.Schema.Observations;

public sealed record ImportObservationsPayload(ObservationImportResult Result);

namespace Hub.Data.Observations.Import;

/// <summary>Either the whole file was stored (<see cref="Stored"/> figures, <see cref="Replaced"/> of them replacing earlier ones) or nothing was.</summary>
public sealed record ObservationImportResult(int Stored, int Replaced, IReadOnlyList<ObservationImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ObservationImportResult Refused(params ObservationImportError[] errors) =>
        new(0, 0, ReportedFaults.Capped(errors, rest => new ObservationImportError(0, null, ObservationProblem.Invalid, ReportedFaults.RestMessage(rest))));
}

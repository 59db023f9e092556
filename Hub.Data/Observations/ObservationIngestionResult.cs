using Hub.Data.Model;

namespace Hub.Data.Observations;

/// <summary>Either every row was stored (<see cref="Saved"/>, in row order) or none was (<see cref="Errors"/> say why).</summary>
public sealed record ObservationIngestionResult(IReadOnlyList<Observation> Saved, IReadOnlyList<ObservationRowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

namespace Hub.Data.Observations;

/// <summary>Why row <see cref="Row"/> (1-based, as the caller numbered it) was refused, and which field of it.</summary>
public sealed record ObservationRowError(int Row, string Field, ObservationProblem Problem, string Message);

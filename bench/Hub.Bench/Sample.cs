namespace Hub.Bench;

/// <summary>One measured request.</summary>
public sealed record Sample(string Query, TimeSpan Elapsed, string? Error, int? SqlStatements);

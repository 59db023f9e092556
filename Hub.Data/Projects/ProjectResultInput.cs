using Hub.Data.Model;

namespace Hub.Data.Projects;

/// <summary>One goal of a project with its baseline, target and actual value (an IATI result).</summary>
public sealed record ProjectResultInput(
    ResultKind Kind,
    string Title,
    string? Unit = null,
    decimal? Baseline = null,
    decimal? Target = null,
    decimal? Actual = null);

using System.ComponentModel.DataAnnotations;

namespace Hub.Schema.Access;

/// <summary>
/// Small-cell suppression of RESTRICTED figures for callers who may not read them in full (<c>Hub:Suppression</c>).
/// The defaults follow official practice: no published count of vulnerable people between 1 and 9, and no cell
/// resting on fewer than five reporting stations.
/// </summary>
public sealed class SuppressionOptions
{
    public const string Section = "Hub:Suppression";

    /// <summary>A cell built from fewer reporting stations than this is suppressed.</summary>
    [Range(1, int.MaxValue)]
    public int MinStations { get; set; } = 5;

    /// <summary>A cell whose value is at least 1 and below this is suppressed (0 is published: it reveals nobody).</summary>
    [Range(1, int.MaxValue)]
    public int MinUnits { get; set; } = 10;
}

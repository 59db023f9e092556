namespace Hub.Data.Model;

/// <summary>
/// One station's value of one indicator for one month or one year. The key is
/// (station, indicator, period): re-submitting it replaces the value.
/// </summary>
public class Observation : ISeeded
{
    public int Id { get; set; }
    public int StationId { get; set; }
    public Station Station { get; set; } = null!;
    public int IndicatorId { get; set; }
    public Indicator Indicator { get; set; } = null!;

    /// <summary>yyyymm for a month, yyyy00 for a whole year (see <see cref="Periods.ReportingPeriod"/>).</summary>
    public int Period { get; set; }

    /// <summary>
    /// The value times <see cref="Observations.ScaledDecimal.Scale"/>, as a 64-bit integer: SQLite cannot sum
    /// decimals server-side, and integer sums are exact in both databases.
    /// </summary>
    public long ScaledValue { get; set; }

    public ObservationSource Source { get; set; }
    public ObservationStatus Status { get; set; } = ObservationStatus.Normal;

    /// <summary>What the source said beside the number ("300余次").</summary>
    public string? Note { get; set; }

    /// <summary>Optimistic concurrency token, incremented on every replacement.</summary>
    public int Version { get; set; } = 1;

    public DateTime UpdatedAt { get; set; }
    public string? SeedFile { get; set; }
}

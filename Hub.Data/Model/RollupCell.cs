using Hub.Data.Indicators;

namespace Hub.Data.Model;

/// <summary>
/// One kept aggregate of the roll-up store: the value of one indicator for one station or region and one period under
/// the hub's rules (FLOW sums; STOCK takes each station's last reported month, then sums; a year from a yearly report
/// where the station has one, else from its months), with how many stations reported it. Kept exact in the same
/// transaction as every write that changes it (<see cref="RollupStoreMaintenance"/>); a cell nobody reported is absent.
/// </summary>
public class RollupCell
{
    public RollupScope ScopeKind { get; set; }

    /// <summary>A station's id or a region's, by <see cref="ScopeKind"/>.</summary>
    public int ScopeId { get; set; }

    public int IndicatorId { get; set; }

    /// <summary>The period's cell key (<see cref="Periods.ReportingPeriod.CellKey"/>): yyyymm, yyyy2q for a quarter, yyyy00 for a year.</summary>
    public int Period { get; set; }

    /// <summary>The value scaled as observations are (<see cref="Observations.ScaledDecimal"/>): integer arithmetic only.</summary>
    public long ScaledValue { get; set; }

    public int ReportingStations { get; set; }
}

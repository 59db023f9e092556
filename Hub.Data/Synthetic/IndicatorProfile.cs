namespace Hub.Data.Synthetic;

/// <summary>
/// How one indicator behaves at a typical station: its level per month (or per year for yearly
/// indicators), the step values come in, and for related figures the indicator it is a multiple
/// of (person-times per session, hours per person-time, people per household).
/// </summary>
/// <param name="Level">FLOW: mean per period at a typical station; STOCK: the level at the start.</param>
/// <param name="Step">Values are multiples of this (1 for counts, 0.01 or 0.5 for hours).</param>
/// <param name="Drift">STOCK only: mean relative change per period.</param>
/// <param name="Basis">When set, the value is the basis indicator's value times a ratio drawn per station in [RatioMin, RatioMax].</param>
internal sealed record IndicatorProfile(
    string Code,
    IndicatorCadence Cadence,
    double Level,
    double Step = 1,
    double Drift = 0,
    string? Basis = null,
    double RatioMin = 1,
    double RatioMax = 1);

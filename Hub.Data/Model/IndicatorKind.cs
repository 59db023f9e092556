namespace Hub.Data.Model;

public enum IndicatorKind
{
    /// <summary>Summed over time (services delivered in a period).</summary>
    Flow = 1,

    /// <summary>A level at the end of the period (households on file); never summed over time.</summary>
    Stock = 2,
}

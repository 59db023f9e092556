namespace Hub.Data.Synthetic;

internal enum IndicatorCadence
{
    /// <summary>In the monthly report (月报).</summary>
    Monthly = 1,

    /// <summary>Only in the annual summary (年度总结): one value per year, key yyyy00.</summary>
    Yearly = 2,
}

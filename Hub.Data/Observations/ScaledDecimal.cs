namespace Hub.Data.Observations;

/// <summary>
/// Observation values are stored as integers scaled by 10,000 so that sums are exact in SQL on both
/// SQLite (which has no server-side decimal) and MySQL/MariaDB.
/// </summary>
public static class ScaledDecimal
{
    public const long Scale = 10_000;

    public static long ToScaled(decimal value)
    {
        var scaled = value * Scale;
        if (scaled != decimal.Truncate(scaled))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Values carry at most four decimal places.");
        }

        return checked((long)scaled);
    }

    public static decimal FromScaled(long scaled) => (decimal)scaled / Scale;
}

namespace Hub.Data.Observations;

/// <summary>
/// Observation values are stored as integers scaled by 10,000 so that sums are exact in SQL on both
/// SQLite (which has no server-side decimal) and MySQL/MariaDB.
/// </summary>
public static class ScaledDecimal
{
    public const long Scale = 10_000;

    /// <summary>Whether <paramref name="value"/> has at most four decimal places, so that it is stored exactly.</summary>
    public static bool IsExact(decimal value) => value * Scale == decimal.Truncate(value * Scale);

    public static long ToScaled(decimal value)
    {
        if (!IsExact(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Values carry at most four decimal places.");
        }

        return checked((long)(value * Scale));
    }

    public static decimal FromScaled(long scaled) => (decimal)scaled / Scale;
}

using System.Globalization;

namespace Hub.Schema.Scalars;

public static class FlagSet
{
    /// <summary>Every single (non-zero) flag of a [Flags] enum, in declaration order.</summary>
    public static IEnumerable<TEnum> Of<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(flag => Convert.ToInt64(flag, CultureInfo.InvariantCulture) != 0);

    /// <summary>The single flags set in <paramref name="value"/>.</summary>
    public static IEnumerable<TEnum> Split<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Of<TEnum>().Where(flag => value.HasFlag(flag));

    public static TEnum Combine<TEnum>(IEnumerable<TEnum> flags)
        where TEnum : struct, Enum =>
        (TEnum)Enum.ToObject(typeof(TEnum), flags.Aggregate(0L, (all, flag) => all | Convert.ToInt64(flag, CultureInfo.InvariantCulture)));
}

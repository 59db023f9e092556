using System.Globalization;
using System.Text;

namespace Hub.Data.RegistryWorkbook;

/// <summary>
/// Enum values in cells as the API spells them (STREET, DISTRICT_HUB, EMPTY_NEST_ELDERLY), and combinations of flags as
/// a list of them separated by 、 (a comma, a semicolon or a space are read too), so that a workbook and a GraphQL
/// query say the same thing the same way.
/// </summary>
public static class EnumCells
{
    private static readonly char[] Separators = ['、', ',', '，', ';', '；', ' ', '\n'];

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => ConstantCase(value.ToString());

    public static TEnum? Parse<TEnum>(string text)
        where TEnum : struct, Enum
    {
        var wanted = Squash(text);
        foreach (var (value, squashed) in Values<TEnum>())
        {
            if (squashed == wanted)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The single flags set in a [Flags] value, as the API names them, joined by 、.</summary>
    public static string? FlagNames<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var names = Flags(value).Select(Name).ToList();
        return names.Count == 0 ? null : string.Join('、', names);
    }

    public static IEnumerable<TEnum> Flags<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(flag => Convert.ToInt64(flag, CultureInfo.InvariantCulture) != 0 && value.HasFlag(flag));

    public static IEnumerable<string> Split(string text) =>
        text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Choices<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Values<TEnum>().Select(v => Name(v.Value)));

    /// <summary>The values a cell may hold: every member, but for a [Flags] enum only its single flags (not None).</summary>
    private static IReadOnlyList<(TEnum Value, string Squashed)> Values<TEnum>()
        where TEnum : struct, Enum => CellValues<TEnum>.All;

    /// <summary>Read once per enum: a workbook parses tens of thousands of cells, and reflection per cell showed in its profile.</summary>
    private static class CellValues<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<(TEnum Value, string Squashed)> All =
            (typeof(TEnum).IsDefined(typeof(FlagsAttribute), false)
                ? Enum.GetValues<TEnum>().Where(v => Convert.ToInt64(v, CultureInfo.InvariantCulture) != 0)
                : Enum.GetValues<TEnum>())
            .Select(v => (v, Squash(v.ToString())))
            .ToList();
    }

    /// <summary>What GraphQL.NET makes of a C# enum member's name: EmptyNestElderly → EMPTY_NEST_ELDERLY.</summary>
    private static string ConstantCase(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }

    private static string Squash(string text) => text.Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}

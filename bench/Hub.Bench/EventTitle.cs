using System.Globalization;

namespace Hub.Bench;

/// <summary>The title of a benchmark activity carries its event number, so a subscriber knows which send it answers.</summary>
public static class EventTitle
{
    private const string Prefix = "subscription benchmark #";

    public static string Of(int number) => Prefix + number.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? title, out int number)
    {
        number = 0;
        return title is not null && title.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(title.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}

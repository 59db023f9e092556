using System.Globalization;

namespace Hub.Data.Stations;

/// <summary>
/// The business key of a station that people type: up to 32 characters of A-Z, 0-9, '-' and '_', stored in upper case
/// (so a lookup finds "s12" as "S12" on every provider, whatever the column's collation). Stations the hub creates get
/// the 12-digit division code of their region, a hyphen and a two-digit sequence number among the stations of that
/// region: 370102002000-01. Stations that existed before codes were introduced got the same scheme, numbered by id.
/// </summary>
public static class StationCode
{
    public const int MaxLength = 32;

    /// <summary>The code of the <paramref name="sequence"/>-th station (from 1) of the region with code <paramref name="regionCode"/>.</summary>
    public static string For(string regionCode, int sequence)
    {
        ArgumentException.ThrowIfNullOrEmpty(regionCode);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{regionCode}-{sequence:D2}");
    }

    /// <summary>The canonical (upper-case, trimmed) form of a code, or null when it is empty, too long or has other characters.</summary>
    public static string? Normalize(string? text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty || trimmed.Length > MaxLength)
        {
            return null;
        }

        Span<char> canonical = stackalloc char[trimmed.Length];
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = char.ToUpperInvariant(trimmed[i]);
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
            {
                return null;
            }

            canonical[i] = c;
        }

        return new string(canonical);
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Hub.Data.Periods;

/// <summary>
/// A reporting period on the Asia/Shanghai calendar: a year ("2024"), a quarter ("2024-Q4") or a
/// month ("2024-11"). Observations are stored per month (key yyyymm) or per year (key yyyy00).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(ReportingPeriodJsonConverter))]
public readonly record struct ReportingPeriod : IComparable<ReportingPeriod>
{
    public const int MinYear = 1949;
    public const int MaxYear = 2200;

    private ReportingPeriod(PeriodGranularity granularity, int year, int number)
    {
        Granularity = granularity;
        Year = year;
        Number = number;
    }

    public PeriodGranularity Granularity { get; }
    public int Year { get; }

    /// <summary>Quarter 1–4 or month 1–12; 0 for a year.</summary>
    public int Number { get; }

    public static ReportingPeriod OfYear(int year) => new(PeriodGranularity.Year, CheckYear(year), 0);

    public static ReportingPeriod OfQuarter(int year, int quarter) =>
        quarter is >= 1 and <= 4
            ? new(PeriodGranularity.Quarter, CheckYear(year), quarter)
            : throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1 to 4.");

    public static ReportingPeriod OfMonth(int year, int month) =>
        month is >= 1 and <= 12
            ? new(PeriodGranularity.Month, CheckYear(year), month)
            : throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");

    /// <summary>The period of a stored observation key (yyyymm or yyyy00).</summary>
    public static ReportingPeriod FromKey(int key) =>
        key % 100 == 0 ? OfYear(key / 100) : OfMonth(key / 100, key % 100);

    public static ReportingPeriod Parse(string text) =>
        TryParse(text, out var period)
            ? period
            : throw new FormatException($"\"{text}\" is not a period: use \"2024\", \"2024-Q4\" or \"2024-11\".");

    public static bool TryParse([NotNullWhen(true)] string? text, out ReportingPeriod period)
    {
        period = default;
        if (text is null || text.Length < 4 || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < MinYear or > MaxYear)
        {
            return false;
        }

        var rest = text.AsSpan(4);
        if (rest.IsEmpty)
        {
            period = OfYear(year);
            return true;
        }

        if (rest.Length == 3 && rest[0] == '-' && rest[1] is 'Q' or 'q'
            && int.TryParse(rest[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var quarter) && quarter is >= 1 and <= 4)
        {
            period = OfQuarter(year, quarter);
            return true;
        }

        if (rest.Length == 3 && rest[0] == '-' && char.IsAsciiDigit(rest[1])
            && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            period = OfMonth(year, month);
            return true;
        }

        return false;
    }

    /// <summary>First month of the period as a storage key (yyyymm).</summary>
    public int FirstMonthKey => (Year * 100) + Granularity switch
    {
        PeriodGranularity.Year => 1,
        PeriodGranularity.Quarter => ((Number - 1) * 3) + 1,
        _ => Number,
    };

    /// <summary>Last month of the period as a storage key (yyyymm).</summary>
    public int LastMonthKey => (Year * 100) + Granularity switch
    {
        PeriodGranularity.Year => 12,
        PeriodGranularity.Quarter => Number * 3,
        _ => Number,
    };

    /// <summary>The key of a yearly observation for this period, or null when a yearly value cannot answer it.</summary>
    public int? YearKey => Granularity == PeriodGranularity.Year ? Year * 100 : null;

    /// <summary>
    /// The key of this period's cells in the roll-up store: yyyymm for a month, yyyy00 for a year and yyyy21..yyyy24
    /// for a quarter, so that one year's cells are one key range (yyyy00..yyyy24) and no quarter reads as a month.
    /// </summary>
    public int CellKey => (Year * 100) + Granularity switch
    {
        PeriodGranularity.Year => 0,
        PeriodGranularity.Quarter => 20 + Number,
        _ => Number,
    };

    /// <summary>The period of a roll-up cell key (<see cref="CellKey"/>).</summary>
    public static ReportingPeriod FromCellKey(int key) => (key % 100) switch
    {
        0 => OfYear(key / 100),
        > 20 and <= 24 => OfQuarter(key / 100, (key % 100) - 20),
        _ => OfMonth(key / 100, key % 100),
    };

    /// <summary>The storage key of an observation for exactly this period (months and years only).</summary>
    public int StorageKey => Granularity switch
    {
        PeriodGranularity.Year => Year * 100,
        PeriodGranularity.Month => (Year * 100) + Number,
        _ => throw new InvalidOperationException("Observations are stored per month or per year, not per quarter."),
    };

    public ReportingPeriod Previous => Granularity switch
    {
        PeriodGranularity.Year => OfYear(Year - 1),
        PeriodGranularity.Quarter => Number == 1 ? OfQuarter(Year - 1, 4) : OfQuarter(Year, Number - 1),
        _ => Number == 1 ? OfMonth(Year - 1, 12) : OfMonth(Year, Number - 1),
    };

    public ReportingPeriod Next => Granularity switch
    {
        PeriodGranularity.Year => OfYear(Year + 1),
        PeriodGranularity.Quarter => Number == 4 ? OfQuarter(Year + 1, 1) : OfQuarter(Year, Number + 1),
        _ => Number == 12 ? OfMonth(Year + 1, 1) : OfMonth(Year, Number + 1),
    };

    public ReportingPeriod YearEarlier => new(Granularity, Year - 1, Number);

    public int CompareTo(ReportingPeriod other) =>
        Granularity != other.Granularity
            ? FirstMonthKey.CompareTo(other.FirstMonthKey)
            : (Year, Number).CompareTo((other.Year, other.Number));

    public override string ToString() => Granularity switch
    {
        PeriodGranularity.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        PeriodGranularity.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Number}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Number:D2}"),
    };

    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    private static int CheckYear(int year) =>
        year is >= MinYear and <= MaxYear
            ? year
            : throw new ArgumentOutOfRangeException(nameof(year), year, $"A year is {MinYear} to {MaxYear}.");
}

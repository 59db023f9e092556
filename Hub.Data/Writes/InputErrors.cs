using System.Globalization;
using Hub.Data.Organizations;

namespace Hub.Data.Writes;

/// <summary>
/// Collects what is wrong with a write's input, field by field, so that one answer names every bad field; the rules
/// every registry field shares (text trimmed and bounded, numbers in range, money with two decimals) live here once.
/// </summary>
public sealed class InputErrors
{
    private readonly List<InputError> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<InputError> All => _errors;

    public void Add(string field, string code, string message) => _errors.Add(new InputError(field, code, message));

    public void Bad(string field, string message) => Add(field, InputErrorCodes.BadUserInput, message);

    public void NotFound(string field, string what) => Add(field, InputErrorCodes.NotFound, $"No {what} has this id.");

    /// <summary>The trimmed text, null when blank; an error when it is required and blank, or longer than <paramref name="maxLength"/>.</summary>
    public string? Text(string field, string? value, int maxLength, bool required = false)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            if (required)
            {
                Bad(field, $"{field} is required and may not be blank.");
            }

            return null;
        }

        if (trimmed.Length > maxLength)
        {
            Bad(field, string.Create(CultureInfo.InvariantCulture, $"{field} holds at most {maxLength} characters, not {trimmed.Length}."));
        }

        return trimmed;
    }

    /// <summary><see cref="Text(string, string?, int, bool)"/> for a patch field; a required field may be left out but not cleared.</summary>
    public Patch<string?> Text(string field, Patch<string?> value, int maxLength, bool required = false) =>
        value.IsSet ? new Patch<string?>(true, Text(field, value.Value, maxLength, required)) : value;

    /// <summary>The normalised unified social credit code, null when blank; an error when it fails the checksum.</summary>
    public string? CreditCode(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!UnifiedSocialCreditCode.TryParse(text.Trim(), out var code))
        {
            Bad(field, $"\"{text}\" is not a unified social credit code: 18 characters of 0-9 and A-Y without I, O, S, V and Z, the last the check character of the first 17 (GB 32100-2015).");
            return null;
        }

        return code.Value;
    }

    /// <summary>The value when it lies in [<paramref name="min"/>, <paramref name="max"/>]; an error otherwise.</summary>
    public int? Range(string field, int? value, int min, int max)
    {
        if (value is { } v && (v < min || v > max))
        {
            Bad(field, string.Create(CultureInfo.InvariantCulture, $"{field} lies between {min} and {max}, not {v}."));
        }

        return value;
    }

    public Patch<int?> Range(string field, Patch<int?> value, int min, int max) =>
        value.IsSet ? new Patch<int?>(true, Range(field, value.Value, min, max)) : value;

    /// <summary>A decimal in [<paramref name="min"/>, <paramref name="max"/>] with at most <paramref name="scale"/> decimal places.</summary>
    public decimal? Amount(string field, decimal? value, decimal min, decimal max, int scale = 2)
    {
        if (value is not { } v)
        {
            return null;
        }

        if (v < min || v > max)
        {
            Bad(field, string.Create(CultureInfo.InvariantCulture, $"{field} lies between {min} and {max}, not {v}."));
        }
        else if (decimal.Round(v, scale) != v)
        {
            Bad(field, string.Create(CultureInfo.InvariantCulture, $"{field} has at most {scale} decimal places."));
        }

        return v;
    }

    public Patch<decimal?> Amount(string field, Patch<decimal?> value, decimal min, decimal max, int scale = 2) =>
        value.IsSet ? new Patch<decimal?>(true, Amount(field, value.Value, min, max, scale)) : value;

    /// <summary>An error when a field that has a value on every row is sent as an explicit null in a patch.</summary>
    public void NotCleared<T>(string field, Patch<T?> value)
    {
        if (value.IsSet && value.Value is null)
        {
            Bad(field, $"{field} may be left out of a patch but not cleared.");
        }
    }

    /// <summary>
    /// A day that has come: what was given, awarded or published is recorded after the fact. A day's grace, because
    /// the caller's calendar (Asia/Shanghai) runs ahead of UTC.
    /// </summary>
    public DateOnly? PastDay(string field, DateOnly? value)
    {
        if (value > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)))
        {
            Bad(field, string.Create(CultureInfo.InvariantCulture, $"{field} may not lie in the future, not {value:yyyy-MM-dd}."));
        }

        return value;
    }

    public Patch<DateOnly?> PastDay(string field, Patch<DateOnly?> value) =>
        value.IsSet ? new Patch<DateOnly?>(true, PastDay(field, value.Value)) : value;

    /// <summary>A month or year as sources state them: "2021" or "2021-11".</summary>
    public string? MonthOrYear(string field, string? value)
    {
        var trimmed = Text(field, value, 7);
        if (trimmed is not null && !DateOnly.TryParseExact(trimmed.Length == 4 ? trimmed + "-01" : trimmed, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            Bad(field, $"{field} is a year (\"2021\") or a month (\"2021-11\"), not \"{trimmed}\".");
        }

        return trimmed;
    }

    public Patch<string?> MonthOrYear(string field, Patch<string?> value) =>
        value.IsSet ? new Patch<string?>(true, MonthOrYear(field, value.Value)) : value;
}

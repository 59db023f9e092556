using System.Globalization;
using Hub.Data.Observations.Import;
using Hub.Data.Writes;

namespace Hub.Data.RegistryWorkbook;

/// <summary>
/// One row of a registry sheet, read cell by cell into the values of an API input. A column the sheet lacks is a field
/// left alone (an update's patch leaves it as stored); an empty cell is an explicit null, which clears it. A cell that
/// cannot be read is recorded against its column and read as absent.
/// </summary>
internal sealed class RegistryRow(RegistrySheet sheet, IReadOnlyDictionary<string, int> columns, ObservationSheetRow row, List<RegistryWorkbookError> errors)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyy年M月d日"];

    public int Number => row.Number;

    public bool HasErrors { get; private set; }

    public bool Has(string field) => columns.ContainsKey(field);

    public void Error(string field, string code, string message)
    {
        HasErrors = true;
        errors.Add(new RegistryWorkbookError(sheet.Name, row.Number, sheet.ColumnForField(field).Header, code, message));
    }

    public void Bad(string field, string message) => Error(field, InputErrorCodes.BadUserInput, message);

    public string? Text(string field)
    {
        if (!columns.TryGetValue(field, out var index) || index >= row.Cells.Count)
        {
            return null;
        }

        var text = row.Cells[index] switch
        {
            null => null,
            string s => s,
            double d => d.ToString("0.###############", CultureInfo.InvariantCulture),
            DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            bool b => b ? "TRUE" : "FALSE",
            var other => Convert.ToString(other, CultureInfo.InvariantCulture),
        };
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public Patch<string?> TextPatch(string field) => Has(field) ? Text(field) : default(Patch<string?>);

    public int? Int(string field)
    {
        var cell = Cell(field);
        switch (cell)
        {
            case null:
                return null;
            case double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue:
                return (int)d;
            case string s when int.TryParse(s.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value):
                return value;
            case string s when string.IsNullOrWhiteSpace(s):
                return null;
            default:
                Bad(field, $"\"{Text(field)}\" is not a whole number.");
                return null;
        }
    }

    public Patch<int?> IntPatch(string field) => Has(field) ? Int(field) : default(Patch<int?>);

    public decimal? Decimal(string field)
    {
        var cell = Cell(field);
        switch (cell)
        {
            case null:
                return null;
            case double d when !double.IsNaN(d) && !double.IsInfinity(d) && Math.Abs(d) < 1e15:
                // A double holds 15 significant digits; decimal's conversion keeps exactly those.
                return (decimal)d;
            case string s when decimal.TryParse(s.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value):
                return value;
            case string s when string.IsNullOrWhiteSpace(s):
                return null;
            default:
                Bad(field, $"\"{Text(field)}\" is not a number.");
                return null;
        }
    }

    public Patch<decimal?> DecimalPatch(string field) => Has(field) ? Decimal(field) : default(Patch<decimal?>);

    public DateOnly? Date(string field)
    {
        var cell = Cell(field);
        switch (cell)
        {
            case null:
                return null;
            case DateTime t:
                return DateOnly.FromDateTime(t);
            case double d when d is > 0 and < 2958466:
                // A date typed into a cell without a date format: Excel's serial day number.
                return DateOnly.FromDateTime(DateTime.FromOADate(d));
            case string s when string.IsNullOrWhiteSpace(s):
                return null;
            case string s when DateOnly.TryParseExact(s.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day):
                return day;
            default:
                Bad(field, $"\"{Text(field)}\" is not a date; write it as 2024-11-05.");
                return null;
        }
    }

    public Patch<DateOnly?> DatePatch(string field) => Has(field) ? Date(field) : default(Patch<DateOnly?>);

    public TEnum? Enum<TEnum>(string field)
        where TEnum : struct, Enum
    {
        if (Text(field) is not { } text)
        {
            return null;
        }

        if (EnumCells.Parse<TEnum>(text) is { } value)
        {
            return value;
        }

        Bad(field, $"\"{text}\" is none of {EnumCells.Choices<TEnum>()}.");
        return null;
    }

    public Patch<TEnum?> EnumPatch<TEnum>(string field)
        where TEnum : struct, Enum => Has(field) ? Enum<TEnum>(field) : default(Patch<TEnum?>);

    /// <summary>A list of single flags; an empty cell is an empty list.</summary>
    public IReadOnlyList<TEnum> Flags<TEnum>(string field)
        where TEnum : struct, Enum
    {
        var flags = new List<TEnum>();
        foreach (var name in EnumCells.Split(Text(field) ?? ""))
        {
            if (EnumCells.Parse<TEnum>(name) is { } flag)
            {
                flags.Add(flag);
            }
            else
            {
                Bad(field, $"\"{name}\" is none of {EnumCells.Choices<TEnum>()}.");
            }
        }

        return flags;
    }

    public IReadOnlyList<string> List(string field) => EnumCells.Split(Text(field) ?? "").ToList();

    private object? Cell(string field) =>
        columns.TryGetValue(field, out var index) && index < row.Cells.Count ? row.Cells[index] : null;
}

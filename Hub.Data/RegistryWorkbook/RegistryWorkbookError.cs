using System.Globalization;

namespace Hub.Data.RegistryWorkbook;

/// <summary>One fault of an imported workbook: where (sheet, spreadsheet row, column header) and what, with an error code.</summary>
/// <param name="Row">The row as the spreadsheet numbers it (the header is row 1); 0 for a fault of the workbook or sheet as a whole.</param>
public sealed record RegistryWorkbookError(string Sheet, int Row, string? Column, string Code, string Message)
{
    public override string ToString() => (Row, Column) switch
    {
        (0, _) when Sheet.Length == 0 => Message,
        (0, _) => $"{Sheet}: {Message}",
        (_, null) => string.Create(CultureInfo.InvariantCulture, $"{Sheet} row {Row}: {Message}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Sheet} row {Row}, column {Column}: {Message}"),
    };
}

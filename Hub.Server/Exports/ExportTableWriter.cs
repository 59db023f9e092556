using System.Data;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace Hub.Server.Exports;

/// <summary>Writes an <see cref="ExportTable"/> as a workbook or as CSV.</summary>
internal static class ExportTableWriter
{
    // A text cell Excel would read as a formula (a station named "=HYPERLINK(...)") gets a leading apostrophe in CSV,
    // which Excel shows as text; numbers are written as numbers and never escaped, so negative changes stay numbers.
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static Task WriteAsync(ExportTable table, ExportFormat format, Stream output, CancellationToken cancellationToken) =>
        format == ExportFormat.Xlsx ? WriteXlsxAsync(table, output, cancellationToken) : WriteCsvAsync(table, output, cancellationToken);

    /// <summary>
    /// One sheet: the header block (label, value), an empty row, then the table with its column headers. Cells are
    /// typed: numbers are numeric cells, so a reader can sum and chart them without converting text.
    /// </summary>
    private static async Task WriteXlsxAsync(ExportTable table, Stream output, CancellationToken cancellationToken)
    {
        var width = Math.Max(2, table.Columns.Count);
        var sheet = new DataTable(table.SheetName);
        for (var i = 0; i < width; i++)
        {
            sheet.Columns.Add("C" + i.ToString(CultureInfo.InvariantCulture), typeof(object));
        }

        foreach (var line in table.Header)
        {
            sheet.Rows.Add(Row(width, line.Label, line.Value));
        }

        sheet.Rows.Add(Row(width));
        sheet.Rows.Add(Row(width, [.. table.Columns]));
        foreach (var row in table.Rows)
        {
            sheet.Rows.Add(Row(width, [.. row]));
        }

        await output.SaveAsAsync(sheet, printHeader: false, sheetName: table.SheetName, cancellationToken: cancellationToken);
    }

    private static object[] Row(int width, params object?[] cells)
    {
        var row = new object[width];
        for (var i = 0; i < width; i++)
        {
            row[i] = i < cells.Length && cells[i] is { } cell ? cell : DBNull.Value;
        }

        return row;
    }

    private static async Task WriteCsvAsync(ExportTable table, Stream output, CancellationToken cancellationToken)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.None };
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, configuration);
        foreach (var column in table.Columns)
        {
            csv.WriteField(Text(column));
        }

        await csv.NextRecordAsync();
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var cell in row)
            {
                csv.WriteField(cell switch
                {
                    null => "",
                    string text => Text(text),
                    IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                    _ => Text(cell.ToString() ?? ""),
                });
            }

            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }

    private static string Text(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
}

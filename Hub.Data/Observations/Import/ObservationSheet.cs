using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace Hub.Data.Observations.Import;

/// <summary>
/// The rows of a CSV file or of an XLSX workbook's first sheet, numbered as the spreadsheet numbers
/// them (blank rows keep their numbers, so that errors point at the row a person sees).
/// </summary>
internal sealed class ObservationSheet
{
    private ObservationSheet(IReadOnlyList<object?> header, IReadOnlyList<ObservationSheetRow> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<object?> Header { get; }

    /// <summary>The data rows that hold anything: blank rows, trailing or not, are left out.</summary>
    public IReadOnlyList<ObservationSheetRow> Rows { get; }

    public static async Task<(ObservationSheet? Sheet, ObservationImportError? Error)> ReadAsync(Stream content, ObservationFileFormat format, int maxRows, long maxBytes, CancellationToken cancellationToken)
    {
        var bytes = await ReadBytesAsync(content, maxBytes, cancellationToken);
        if (bytes is null)
        {
            return (null, FileError($"The file is larger than {maxBytes / (1024 * 1024)} MB; split it into several files."));
        }

        IEnumerable<ObservationSheetRow> rows;
        try
        {
            rows = format == ObservationFileFormat.Xlsx ? XlsxRows(bytes) : CsvRows(Decode(bytes));
            return Collect(rows, maxRows);
        }
        catch (Exception unreadable) when (unreadable is InvalidDataException or CsvHelperException or InvalidOperationException or IOException or FormatException or System.Xml.XmlException)
        {
            return (null, FileError($"The file cannot be read as {(format == ObservationFileFormat.Xlsx ? "an XLSX workbook" : "CSV")}: {unreadable.Message}"));
        }
    }

    private static (ObservationSheet? Sheet, ObservationImportError? Error) Collect(IEnumerable<ObservationSheetRow> rows, int maxRows)
    {
        IReadOnlyList<object?>? header = null;
        var data = new List<ObservationSheetRow>();
        foreach (var row in rows)
        {
            if (header is null)
            {
                header = row.Cells;
                continue;
            }

            if (row.IsBlank)
            {
                continue;
            }

            if (data.Count == maxRows)
            {
                return (null, FileError($"The file has more than {maxRows:N0} rows of figures; split it into several files."));
            }

            data.Add(row);
        }

        return header is null
            ? (null, FileError($"The file is empty; row 1 must name the columns {ObservationImportHeaders.Expected}."))
            : (new ObservationSheet(header, data), null);
    }

    private static IEnumerable<ObservationSheetRow> CsvRows(string text)
    {
        // Blank lines are kept so that record n is spreadsheet row n, as Excel numbers the lines of a CSV file.
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { IgnoreBlankLines = false, BadDataFound = null };
        using var parser = new CsvParser(new StringReader(text), configuration);
        var number = 0;
        while (parser.Read())
        {
            yield return new ObservationSheetRow(++number, parser.Record ?? []);
        }
    }

    private static IEnumerable<ObservationSheetRow> XlsxRows(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var number = 0;
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            // Keys are the column letters in order (A, B, ...), one per column of the sheet's used range.
            yield return new ObservationSheetRow(++number, [.. row.Values]);
        }
    }

    // Excel on a Chinese Windows saves "CSV" in GB18030 (GBK); anything that is not valid UTF-8 is read as that.
    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    private static async Task<byte[]?> ReadBytesAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ObservationImportError FileError(string message) => new(0, null, ObservationProblem.Invalid, message);
}

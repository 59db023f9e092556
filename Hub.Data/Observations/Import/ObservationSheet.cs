using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

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

        var limits = SheetLimits.For(maxRows);
        try
        {
            var rows = format == ObservationFileFormat.Xlsx
                ? XlsxSheetReader.Rows(new MemoryStream(bytes, writable: false), limits)
                : CsvRows(Decode(bytes), limits);
            return Collect(rows, maxRows);
        }
        catch (SheetLimitExceededException tooLarge)
        {
            return (null, FileError(tooLarge.Message));
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

    private static IEnumerable<ObservationSheetRow> CsvRows(TextReader text, SheetLimits limits)
    {
        // Blank lines are kept so that record n is spreadsheet row n, as Excel numbers the lines of a CSV file.
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { IgnoreBlankLines = false, BadDataFound = null };
        using var parser = new CsvParser(text, configuration);
        var number = 0;
        while (parser.Read())
        {
            if (++number > limits.MaxRowNumber)
            {
                throw new SheetLimitExceededException(
                    $"The file runs to line {number:N0}, blank lines included; a file may run to line {limits.MaxRowNumber:N0}. " +
                    "Delete the empty lines below the figures and save again, or split the file.");
            }

            var cells = parser.Record ?? [];
            if (cells.Length > limits.MaxColumns)
            {
                throw new SheetLimitExceededException($"Line {number:N0} has {cells.Length:N0} fields; a monthly report has a handful of columns.");
            }

            for (var column = 0; column < cells.Length; column++)
            {
                if (cells[column].Length > limits.MaxCellCharacters)
                {
                    throw new SheetLimitExceededException(
                        $"Line {number:N0}, field {column + 1} holds more than {limits.MaxCellCharacters:N0} characters; a cell of a monthly report needs far fewer.");
                }
            }

            yield return new ObservationSheetRow(number, cells);
        }
    }

    // Excel on a Chinese Windows saves "CSV" in GB18030 (GBK); anything that is not valid UTF-8 is read as that.
    // Decoded as it is parsed, so that the file is not held a second time as one string.
    private static StreamReader Decode(byte[] bytes)
    {
        Encoding encoding;
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        else
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            encoding = Encoding.GetEncoding("GB18030");
        }

        return new StreamReader(new MemoryStream(bytes, writable: false), encoding, detectEncodingFromByteOrderMarks: encoding is UTF8Encoding);
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

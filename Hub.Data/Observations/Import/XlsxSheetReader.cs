using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Hub.Data.Observations.Import;

/// <summary>
/// Reads the first worksheet of an XLSX workbook one row at a time with an <see cref="XmlReader"/>, holding only
/// the shared strings, the date styles and the current row, and checking <see cref="SheetLimits"/> as it goes:
/// the inflated bytes while they inflate, a cell's text chunk by chunk, row numbers before a row is read.
/// Cells come out as a spreadsheet means them: text as string, numbers as double, date-formatted numbers as
/// <see cref="DateTime"/>, booleans as bool.
/// </summary>
internal sealed class XlsxSheetReader
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly ZipArchive archive;
    private readonly SheetLimits limits;
    private readonly InflationBudget budget;
    private readonly char[] chunk = new char[8192];

    private XlsxSheetReader(ZipArchive archive, SheetLimits limits)
    {
        this.archive = archive;
        this.limits = limits;
        budget = new InflationBudget(limits.MaxUncompressedBytes);
    }

    public static IEnumerable<ObservationSheetRow> Rows(Stream workbook, SheetLimits limits)
    {
        using var archive = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        var reader = new XlsxSheetReader(archive, limits);
        var parts = reader.FindParts();
        var (_, firstSheet) = parts.Sheets.Count > 0 ? parts.Sheets[0] : ("", "xl/worksheets/sheet1.xml");
        var sheet = archive.GetEntry(firstSheet) ?? throw new InvalidDataException("The workbook has no worksheet.");
        var sharedStrings = parts.SharedStrings is null ? [] : reader.ReadSharedStrings(parts.SharedStrings);
        var dateStyles = parts.Styles is null ? [] : reader.ReadDateStyles(parts.Styles);
        foreach (var row in reader.ReadSheet(sheet, sharedStrings, dateStyles))
        {
            yield return row;
        }
    }

    /// <summary>
    /// Every worksheet of the workbook by its name, in the workbook's order, each read whole; <paramref name="limits"/>
    /// hold for each sheet, the inflation budget for all of them together.
    /// </summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<ObservationSheetRow> Rows)> Sheets(Stream workbook, SheetLimits limits)
    {
        using var archive = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        var reader = new XlsxSheetReader(archive, limits);
        var parts = reader.FindParts();
        var sharedStrings = parts.SharedStrings is null ? [] : reader.ReadSharedStrings(parts.SharedStrings);
        var dateStyles = parts.Styles is null ? [] : reader.ReadDateStyles(parts.Styles);
        var sheets = new List<(string, IReadOnlyList<ObservationSheetRow>)>();
        foreach (var (name, part) in parts.Sheets)
        {
            if (archive.GetEntry(part) is { } sheet)
            {
                sheets.Add((name, reader.ReadSheet(sheet, sharedStrings, dateStyles).ToList()));
            }
        }

        return sheets;
    }

    private (List<(string Name, string Part)> Sheets, ZipArchiveEntry? SharedStrings, ZipArchiveEntry? Styles) FindParts()
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        string? sharedStrings = null, styles = null;
        if (archive.GetEntry("xl/_rels/workbook.xml.rels") is { } relationships)
        {
            using var xml = Open(relationships);
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                    && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
                {
                    var part = target.StartsWith('/') ? target[1..] : "xl/" + target;
                    targets[id] = part;
                    var type = xml.GetAttribute("Type") ?? "";
                    if (type.EndsWith("/sharedStrings", StringComparison.Ordinal))
                    {
                        sharedStrings = part;
                    }
                    else if (type.EndsWith("/styles", StringComparison.Ordinal))
                    {
                        styles = part;
                    }
                }
            }
        }

        var sheets = new List<(string Name, string Part)>();
        if (archive.GetEntry("xl/workbook.xml") is { } workbook)
        {
            using var xml = Open(workbook);
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet"
                    && xml.GetAttribute("id", RelationshipsNamespace) is { } id && targets.TryGetValue(id, out var part))
                {
                    sheets.Add((xml.GetAttribute("name") ?? "", part));
                }
            }
        }

        return (sheets, archive.GetEntry(sharedStrings ?? "xl/sharedStrings.xml"), archive.GetEntry(styles ?? "xl/styles.xml"));
    }

    private List<string> ReadSharedStrings(ZipArchiveEntry part)
    {
        var strings = new List<string>();
        using var xml = Open(part);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                var index = strings.Count;
                strings.Add(ReadRichText(xml, () => $"Text {index + 1:N0} of the workbook's shared texts"));
            }
        }

        return strings;
    }

    private HashSet<int> ReadDateStyles(ZipArchiveEntry part)
    {
        var customDateFormats = new HashSet<int>();
        var dateStyles = new HashSet<int>();
        var style = 0;
        var inCellFormats = false;
        using var xml = Open(part);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs")
            {
                inCellFormats = false;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "numFmt" when int.TryParse(xml.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id)
                    && IsDateFormatCode(xml.GetAttribute("formatCode") ?? ""):
                    customDateFormats.Add(id);
                    break;
                case "cellXfs":
                    inCellFormats = !xml.IsEmptyElement;
                    break;
                case "xf" when inCellFormats:
                    if (int.TryParse(xml.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var format)
                        && (IsBuiltInDateFormat(format) || customDateFormats.Contains(format)))
                    {
                        dateStyles.Add(style);
                    }

                    style++;
                    break;
            }
        }

        return dateStyles;
    }

    private IEnumerable<ObservationSheetRow> ReadSheet(ZipArchiveEntry part, List<string> sharedStrings, HashSet<int> dateStyles)
    {
        using var xml = Open(part);
        var lastRow = 0;
        var cells = new List<object?>();
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row")
            {
                continue;
            }

            var number = int.TryParse(xml.GetAttribute("r"), CultureInfo.InvariantCulture, out var r) ? r : lastRow + 1;
            if (number <= lastRow)
            {
                throw new InvalidDataException($"Row {number:N0} of the sheet comes after row {lastRow:N0}.");
            }

            if (number > limits.MaxRowNumber)
            {
                throw new SheetLimitExceededException(
                    $"The sheet runs to row {number:N0}, blank rows included; a sheet may run to row {limits.MaxRowNumber:N0}. " +
                    "Delete the empty rows below the figures and save again, or split the file.");
            }

            lastRow = number;
            cells.Clear();
            if (!xml.IsEmptyElement)
            {
                ReadCells(xml, number, cells, sharedStrings, dateStyles);
            }

            yield return new ObservationSheetRow(number, [.. cells]);
        }
    }

    // Each child element of the one the reader is on, in order; the reader is left on that element's end.
    // The visitor must leave the reader on the end of the child it was given (or on the child if it is empty).
    private static void ForEachChild(XmlReader xml, Action<XmlReader> visit)
    {
        if (xml.IsEmptyElement)
        {
            return;
        }

        var depth = xml.Depth;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                visit(xml);
            }

            xml.Read();
        }
    }

    private void ReadCells(XmlReader xml, int row, List<object?> cells, List<string> sharedStrings, HashSet<int> dateStyles)
    {
        var column = -1;
        ForEachChild(xml, cell =>
        {
            if (cell.LocalName != "c")
            {
                SkipToEnd(cell);
                return;
            }

            var reference = cell.GetAttribute("r");
            column = reference is null ? column + 1 : ColumnOf(reference);
            var type = cell.GetAttribute("t");
            var style = int.TryParse(cell.GetAttribute("s"), CultureInfo.InvariantCulture, out var s) ? s : 0;
            var name = reference ?? $"{ColumnName(column)}{row}";
            var value = ReadCell(cell, type, () => $"Row {row:N0}, cell {name}");
            if (value is null)
            {
                return;
            }

            if (column >= limits.MaxColumns)
            {
                throw new SheetLimitExceededException(
                    $"Row {row:N0}, cell {name} lies beyond column {ColumnName(limits.MaxColumns - 1)}; a monthly report has a handful of columns.");
            }

            while (cells.Count <= column)
            {
                cells.Add(null);
            }

            cells[column] = Interpret(value, type, style, name, sharedStrings, dateStyles);
        });
    }

    // The raw text of a cell: its <v>, or its inline string; null when it holds neither.
    private string? ReadCell(XmlReader xml, string? type, Func<string> where)
    {
        string? value = null;
        ForEachChild(xml, child =>
        {
            switch (child.LocalName)
            {
                case "v":
                    value = ReadText(child, limits.MaxCellCharacters, where);
                    break;
                case "is" when type == "inlineStr":
                    value = ReadRichText(child, where);
                    break;
                default:
                    SkipToEnd(child);
                    break;
            }
        });
        return value;
    }

    private static object? Interpret(string value, string? type, int style, string cell, List<string> sharedStrings, HashSet<int> dateStyles)
    {
        switch (type)
        {
            case "s":
                return int.TryParse(value, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < sharedStrings.Count
                    ? sharedStrings[index]
                    : throw new InvalidDataException($"Cell {cell} names shared text {value}, which the workbook does not have.");
            case "str" or "inlineStr" or "e":
                return value;
            case "b":
                return value.Trim() == "1";
            case "d":
                return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? date : value;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return value;
        }

        // Excel keeps a date as the number of days since 1899-12-30 and only its style says it is one.
        return dateStyles.Contains(style) && number is >= 1 and < 2_958_466 ? DateTime.FromOADate(number) : number;
    }

    // The text of an <si> or <is>: its <t>, or the <t> of each of its runs, leaving out phonetic guides (<rPh>).
    private string ReadRichText(XmlReader xml, Func<string> where)
    {
        var text = new StringBuilder();
        ForEachChild(xml, child =>
        {
            switch (child.LocalName)
            {
                case "t":
                    text.Append(ReadText(child, limits.MaxCellCharacters - text.Length, where));
                    break;
                case "r":
                    ForEachChild(child, run =>
                    {
                        if (run.LocalName == "t")
                        {
                            text.Append(ReadText(run, limits.MaxCellCharacters - text.Length, where));
                        }
                        else
                        {
                            SkipToEnd(run);
                        }
                    });
                    break;
                default:
                    SkipToEnd(child);
                    break;
            }
        });
        return text.ToString();
    }

    // Moves from an element to its end without reading what is inside, so that ForEachChild's next Read goes on
    // after it.
    private static void SkipToEnd(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return;
        }

        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
        }
    }

    // The text inside the element the reader is on, read in chunks so that an enormous text stops at the limit
    // instead of being held whole; leaves the reader on the element's end.
    private string ReadText(XmlReader xml, int maxCharacters, Func<string> where)
    {
        if (xml.IsEmptyElement)
        {
            return "";
        }

        var depth = xml.Depth;
        var text = new StringBuilder();
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
            {
                continue;
            }

            if (!xml.CanReadValueChunk)
            {
                Append(text, xml.Value.AsSpan(), maxCharacters, where);
                continue;
            }

            int read;
            while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
            {
                Append(text, chunk.AsSpan(0, read), maxCharacters, where);
            }
        }

        return text.ToString();
    }

    private void Append(StringBuilder text, ReadOnlySpan<char> part, int maxCharacters, Func<string> where)
    {
        if (text.Length + part.Length > maxCharacters)
        {
            throw new SheetLimitExceededException(
                $"{where()} holds more than {limits.MaxCellCharacters:N0} characters; a cell of a monthly report needs far fewer.");
        }

        text.Append(part);
    }

    private XmlReader Open(ZipArchiveEntry entry) => XmlReader.Create(new InflationBudgetStream(entry.Open(), budget), XmlSettings);

    private static int ColumnOf(string reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
            if (++letters > 3)
            {
                throw new InvalidDataException($"\"{EchoedText.Of(reference)}\" is not a cell reference.");
            }
        }

        return letters == 0 ? throw new InvalidDataException($"\"{EchoedText.Of(reference)}\" is not a cell reference.") : column - 1;
    }

    private static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static bool IsBuiltInDateFormat(int id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    // A custom number format is a date when, outside its quoted literals, [colour]/[locale] parts and escapes,
    // it still has a date or time letter.
    private static bool IsDateFormatCode(string code)
    {
        var quoted = false;
        var bracketed = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c == '[')
            {
                bracketed = true;
            }
            else if (c == ']')
            {
                bracketed = false;
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (!bracketed && char.ToLowerInvariant(c) is 'y' or 'm' or 'd' or 'h' or 's')
            {
                return !code.Equals("General", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}

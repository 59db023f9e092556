using System.IO.Compression;
using System.Text;
using Hub.Server.Cli;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Import;

/// <summary>
/// The <c>import-observations</c> verb reads a workbook the way Excel writes one (shared and rich texts, date
/// styles, formulas with their cached values) and stops a hostile one while reading it: one enormous cell, a zip
/// that inflates without end, a last row far below the figures, rows wider than any report. Each is refused with
/// exit code 2 and a message that says what to do, and nothing is stored.
/// </summary>
public sealed class HostileWorkbookTests(SqliteDemoHub hub) : IClassFixture<SqliteDemoHub>
{
    private const string Header = """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>""";

    [Fact]
    public async Task A_workbook_as_excel_writes_it_imports_dates_rich_texts_and_formula_values()
    {
        var (station, name) = await hub.Client.StationAsync(5);
        var sharedStrings = Sst("站点", "指标代码", "期间", "数值") +
            // A station name split into two formatted runs, with a phonetic guide that is not part of the text.
            $"""<si><r><rPr><b/></rPr><t>{name[..1]}</t></r><r><t>{name[1..]}</t></r><rPh sb="0" eb="1"><t>ピン</t></rPh></si>""" +
            "<si><t>news_articles</t></si></sst>";
        var sheet = Sheet(
            Header +
            // 2046-03-01 as Excel keeps it: a day number in a cell whose style (1) is the built-in date format 14.
            """<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" s="1"><v>53387</v></c><c r="D2"><f>3+4</f><v>7</v></c></row>""" +
            """<row r="5"><c r="A5" t="inlineStr"><is><t>""" + name + """</t></is></c><c r="B5" t="str"><v>news_articles</v></c><c r="C5" t="inlineStr"><is><t>2046-04</t></is></c><c r="D5"><v>2.5</v></c></row>""");
        var styles = """<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>""";

        var (code, output, error) = await ImportAsync(Workbook(sheet, sharedStrings, styles));

        Assert.True(code == 0, error);
        Assert.Contains("2 figures stored", output, StringComparison.Ordinal);
        Assert.Equal(7m, await hub.Client.StationValueAsync(station, "2046-03", "news_articles"));
        Assert.Equal(2.5m, await hub.Client.StationValueAsync(station, "2046-04", "news_articles"));
    }

    [Fact]
    public async Task One_cell_of_300_MB_is_refused_after_its_first_characters()
    {
        var sheet = Sheet(Header + """<row r="2"><c r="A2" t="s"><v>4</v></c></row>""");
        var workbook = Workbook(
            w => w.Write(sheet),
            sharedStrings: writer =>
            {
                writer.Write(Sst("站点", "指标代码", "期间", "数值") + "<si><t>");
                var block = new string('站', 1024 * 1024);
                for (var i = 0; i < 100; i++)
                {
                    writer.Write(block);
                }

                writer.Write("</t></si></sst>");
            });
        // Compressed the fastest way to keep the test quick: 3 MB on disk (the smallest deflate makes it 300 KB).
        Assert.True(workbook.Length < 4 * 1024 * 1024, $"the workbook is {workbook.Length:N0} bytes");

        var (code, _, error) = await ImportAsync(workbook);

        Assert.Equal(ImportObservationsCommand.Refused, code);
        Assert.Contains("Text 5 of the workbook's shared texts holds more than 2,000 characters", error, StringComparison.Ordinal);
        Assert.Contains("nothing was stored", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_that_inflates_past_64_MB_is_refused_while_inflating()
    {
        var workbook = Workbook(sheet: writer =>
        {
            writer.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">""");
            var emptyCells = string.Concat(Enumerable.Repeat("<c/>", 256 * 1024));
            for (var i = 0; i < 80; i++)
            {
                writer.Write(emptyCells);
            }

            writer.Write("</row></sheetData></worksheet>");
        });

        var (code, _, error) = await ImportAsync(workbook);

        Assert.Equal(ImportObservationsCommand.Refused, code);
        Assert.Contains("inflates to more than 64 MB", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<row r="100000000"><c r="A100000000" t="inlineStr"><is><t>x</t></is></c></row>""", "runs to row 100,000,000")]
    [InlineData("""<row r="2"><c r="ZZ2" t="inlineStr"><is><t>x</t></is></c></row>""", "cell ZZ2 lies beyond column BL")]
    [InlineData("""<row r="2"><c r="A2"><v>12345678901234567890</v></c><c r="B2" t="s"><v>99</v></c></row>""", "names shared text 99")]
    public async Task A_sheet_past_its_bounds_is_refused_with_what_to_do(string rows, string message)
    {
        var (code, _, error) = await ImportAsync(Workbook(Sheet(Header + rows), Sst("站点", "指标代码", "期间", "数值") + "</sst>"));

        Assert.Equal(ImportObservationsCommand.Refused, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hundred_thousand_blank_rows_stop_at_the_row_limit()
    {
        var blankRows = string.Concat(Enumerable.Repeat("<row/>", 100_000));

        var (code, _, error) = await ImportAsync(Workbook(Sheet(Header + blankRows), Sst("站点", "指标代码", "期间", "数值") + "</sst>"));

        Assert.Equal(ImportObservationsCommand.Refused, code);
        Assert.Contains("runs to row 20,002, blank rows included", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30_000, 10, "runs to line 20,002, blank lines included")]
    [InlineData(1, 5_000, "Line 2, field 4 holds more than 2,000 characters")]
    public async Task A_csv_past_its_bounds_is_refused(int blankLines, int valueLength, string message)
    {
        var (_, name) = await hub.Client.StationAsync(5);
        var csv = $"站点,指标代码,期间,数值\n{name},news_articles,2046-05,{new string('9', valueLength)}\n" + new string('\n', blankLines);

        var (code, _, error) = await ImportAsync(Encoding.UTF8.GetBytes(csv), "report.csv");

        Assert.Equal(ImportObservationsCommand.Refused, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    private static string Sst(params string[] texts) =>
        """<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""" + string.Concat(texts.Select(t => $"<si><t>{t}</t></si>"));

    private static string Sheet(string rows) =>
        $"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>""";

    private static byte[] Workbook(string sheet, string? sharedStrings = null, string? styles = null) =>
        Workbook(w => w.Write(sheet), sharedStrings is null ? null : w => w.Write(sharedStrings), styles);

    // A workbook laid out as Excel lays it out: the workbook names its first sheet by a relationship id.
    private static byte[] Workbook(Action<TextWriter> sheet, Action<TextWriter>? sharedStrings = null, string? styles = null)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, Action<TextWriter> write)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                write(writer);
            }

            Part("xl/workbook.xml", w => w.Write("""<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="月报" sheetId="1" r:id="rId7"/></sheets></workbook>"""));
            Part("xl/_rels/workbook.xml.rels", w => w.Write("""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/月报.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"""));
            Part("xl/worksheets/月报.xml", sheet);
            if (sharedStrings is not null)
            {
                Part("xl/strings.xml", sharedStrings);
            }

            if (styles is not null)
            {
                Part("xl/styles.xml", w => w.Write(styles));
            }
        }

        return zip.ToArray();
    }

    private async Task<(int Code, string Output, string Error)> ImportAsync(byte[] file, string fileName = "report.xlsx")
    {
        await using var services = HubDataServices.For(hub.Database);
        var directory = Directory.CreateTempSubdirectory("datahub-hostile-");
        try
        {
            var path = Path.Combine(directory.FullName, fileName);
            await File.WriteAllBytesAsync(path, file);
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await ImportObservationsCommand.RunAsync(services.Services, ["import-observations", path], output, error);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}

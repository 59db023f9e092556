using System.IO.Compression;
using System.Text;
using Hub.Server.Exports;
using MiniExcelLibs;

namespace Hub.Tests.Exports;

/// <summary>
/// The file writer alone: a text that looks like a formula (a station named "=HYPERLINK(…)") stays text in both
/// formats, while numbers, negative ones included, stay numbers.
/// </summary>
public sealed class ExportTableWriterTests
{
    private static readonly ExportTable Table = new(
        "t", "Sheet", [new("导出 Export", "test")], ["名称 name", "变化 change"],
        [["=HYPERLINK(\"http://evil.example\",\"点击\")", -3.5], ["@SUM(A1)", 2L], ["济南市", null]]);

    [Fact]
    public async Task Formula_like_texts_stay_texts_and_numbers_stay_numbers_in_csv()
    {
        using var output = new MemoryStream();
        await ExportTableWriter.WriteAsync(Table, ExportFormat.Csv, output, CancellationToken.None);
        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.Equal("\uFEFF名称 name,变化 change\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\",-3.5\r\n'@SUM(A1),2\r\n济南市,\r\n", text);
    }

    [Fact]
    public async Task Formula_like_texts_are_string_cells_not_formulas_in_xlsx()
    {
        using var output = new MemoryStream();
        await ExportTableWriter.WriteAsync(Table, ExportFormat.Xlsx, output, CancellationToken.None);
        output.Position = 0;
        using (var zip = new ZipArchive(output, ZipArchiveMode.Read, leaveOpen: true))
        {
            using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
            var sheet = await reader.ReadToEndAsync();
            Assert.Contains("HYPERLINK", sheet, StringComparison.Ordinal);
            Assert.DoesNotMatch("<([a-z]+:)?f[ >]", sheet);
        }

        output.Position = 0;
        var rows = MiniExcel.Query(output, useHeaderRow: false).Cast<IDictionary<string, object?>>().Select(r => r.Values.ToList()).ToList();
        Assert.Equal("=HYPERLINK(\"http://evil.example\",\"点击\")", rows[3][0]);
        Assert.Equal(-3.5, Convert.ToDouble(rows[3][1], System.Globalization.CultureInfo.InvariantCulture));
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsvHelper;
using MiniExcelLibs;

namespace Hub.Tests.Exports;

/// <summary>An export as a client reads it back: the workbook's header block (empty for CSV), its column headers and cells.</summary>
public sealed record ExportedTable(
    IReadOnlyDictionary<string, string> Header,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    HttpResponseMessage Response)
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public ContentDispositionHeaderValue? Disposition => Response.Content.Headers.ContentDisposition;

    public int? SqlStatements => Response.Headers.TryGetValues("X-Hub-Sql-Statements", out var values) ? int.Parse(values.Single(), CultureInfo.InvariantCulture) : null;

    public IReadOnlyList<object?> Column(string header)
    {
        var index = Columns.ToList().IndexOf(header);
        Assert.True(index >= 0, $"no column \"{header}\" in {string.Join(" | ", Columns)}");
        return Rows.Select(r => r[index]).ToList();
    }

    /// <summary>GETs an export and reads it with MiniExcel (XLSX) or CsvHelper (CSV), failing the test unless it is a 200 with the file.</summary>
    public static async Task<ExportedTable> GetAsync(HttpClient http, string url)
    {
        var response = await http.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {Encoding.UTF8.GetString(bytes)}");
        return url.Contains(".csv", StringComparison.Ordinal) ? ReadCsv(bytes, response) : ReadXlsx(bytes, response);
    }

    /// <summary>GETs an export that must be refused: the status, and the GraphQL-style body with its code.</summary>
    public static async Task<(HttpStatusCode Status, string? Code, HttpResponseMessage Response)> RefusedAsync(HttpClient http, string url)
    {
        var response = await http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Null(response.Content.Headers.ContentDisposition);
        var json = JsonNode.Parse(body)!;
        Assert.Null(json["data"]);
        return (response.StatusCode, json["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>(), response);
    }

    private static ExportedTable ReadXlsx(byte[] bytes, HttpResponseMessage response)
    {
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(bytes);
        var sheet = MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.Select(v => v is string { Length: 0 } ? null : v).ToList())
            .ToList();
        var blank = sheet.FindIndex(row => row.All(v => v is null));
        Assert.True(blank > 0, "the header block ends with an empty row");
        var header = sheet.Take(blank).ToDictionary(row => row[0]!.ToString()!, row => row[1]?.ToString() ?? "");
        var columns = sheet[blank + 1].TakeWhile(v => v is not null).Select(v => v!.ToString()!).ToList();
        var rows = sheet.Skip(blank + 2).Select(row => (IReadOnlyList<object?>)row.Take(columns.Count).ToList()).ToList();
        return new ExportedTable(header, columns, rows, response);
    }

    private static ExportedTable ReadCsv(byte[] bytes, HttpResponseMessage response)
    {
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(Bom, bytes.Take(3));
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var records = new List<string[]>();
        while (csv.Read())
        {
            records.Add(csv.Parser.Record!);
        }

        var columns = records[0];
        Assert.All(records, r => Assert.Equal(columns.Length, r.Length));
        var rows = records.Skip(1).Select(r => (IReadOnlyList<object?>)r.Select(v => v.Length == 0 ? null : (object)v).ToList()).ToList();
        return new ExportedTable(new Dictionary<string, string>(), columns, rows, response);
    }
}

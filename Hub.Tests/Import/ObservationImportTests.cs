using System.Text;
using System.Text.Json.Nodes;
using Hub.Server.Cli;
using Hub.Tests.Infrastructure;
using MiniExcelLibs;

namespace Hub.Tests.Import;

/// <summary>
/// Importing a monthly-report spreadsheet: through the <c>importObservations</c> mutation over HTTP and
/// through the <c>import-observations</c> verb, CSV and XLSX, Chinese and English headers. A file lands
/// whole or not at all, faults name the spreadsheet's row and column, and a re-import replaces. On both databases.
/// </summary>
public abstract class ObservationImportTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Import = """
        mutation($fileName: String!, $content: String!) {
          importObservations(input: { fileName: $fileName, content: $content }) {
            imported replaced errors { row column code message }
          }
        }
        """;

    [Fact]
    public async Task A_good_csv_with_chinese_headers_lands_whole_by_station_name_or_id_and_indicator_label()
    {
        var (first, firstName) = await hub.Client.StationAsync(0);
        var (second, _) = await hub.Client.StationAsync(1);
        var csv = $"""
            站点, 指标 ,期间,数值,备注
            {firstName},新闻稿,2041年3月,12,三月
            {first},注册志愿者,2041-03,286,

            {second},志愿服务时长,2041/3,"1,495.71",
            {firstName},新闻稿,2041年4月,5,


            """;

        var result = await ImportAsync("月报.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Empty((JsonArray)result["errors"]!);
        Assert.Equal(4, result["imported"]!.GetValue<int>());
        Assert.Equal(0, result["replaced"]!.GetValue<int>());
        Assert.Equal(12m, await hub.Client.StationValueAsync(first, "2041-03", "news_articles"));
        Assert.Equal(286m, await hub.Client.StationValueAsync(first, "2041-03", "volunteers_registered"));
        Assert.Equal(1495.71m, await hub.Client.StationValueAsync(second, "2041-03", "volunteer_hours"));
        Assert.Equal(17m, await hub.Client.StationValueAsync(first, "2041", "news_articles"));
    }

    [Fact]
    public async Task A_file_with_bad_rows_stores_nothing_and_names_each_row_and_column()
    {
        var (station, name) = await hub.Client.StationAsync(2);
        var csv = $"""
            Station,Indicator,Period,Value
            {name},news_articles,2042-01,3
            No Such Station,news_articles,2042-01,3
            {name},news_articles,2042-13,3

            {name},no_such_code,2042-01,3
            {name},volunteers_registered,2042-01,many
            {name},volunteer_hours,2042-01,1.23456
            {name},news_articles,2042-Q1,3
            {name},news_articles,2042-01,4
            """;

        var result = await ImportAsync("report.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(0, result["imported"]!.GetValue<int>());
        var errors = ((JsonArray)result["errors"]!).Select(e => (e!["row"]!.GetValue<int>(), e["column"]!.GetValue<string>())).ToList();
        Assert.Equal(
            [(3, "Station"), (4, "Period"), (6, "Indicator"), (7, "Value"), (8, "Value"), (9, "Period"), (10, "Period")],
            errors);
        var messages = ((JsonArray)result["errors"]!).Select(e => e!["message"]!.GetValue<string>()).ToList();
        Assert.Contains("No Such Station", messages[0], StringComparison.Ordinal);
        Assert.Contains("row 2", messages[6], StringComparison.Ordinal);
        Assert.Null(await hub.Client.StationValueAsync(station, "2042-01", "news_articles"));
    }

    [Fact]
    public async Task A_csv_saved_by_chinese_excel_in_gb18030_is_read()
    {
        var (station, name) = await hub.Client.StationAsync(5);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = Encoding.GetEncoding("GB18030").GetBytes($"社工站,指标,月份,数值\r\n{name},发布视频,2046年5月,4\r\n");

        var result = await ImportAsync("五月.csv", csv);

        Assert.Empty((JsonArray)result["errors"]!);
        Assert.Equal(4m, await hub.Client.StationValueAsync(station, "2046-05", "videos_published"));
    }

    [Fact]
    public async Task Missing_or_unknown_headers_are_one_clear_error()
    {
        var result = await ImportAsync("report.csv", Encoding.UTF8.GetBytes("站点,指标代码,月份,金额\nX,news_articles,2043-01,1\n"));

        var error = ((JsonArray)result["errors"]!).Single()!;
        Assert.Equal(1, error["row"]!.GetValue<int>());
        Assert.Contains("数值/value", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("\"金额\"", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Re_importing_an_xlsx_with_english_headers_replaces_and_never_doubles()
    {
        var (station, name) = await hub.Client.StationAsync(3);
        var sheet = new List<Dictionary<string, object?>>
        {
            new() { ["Station"] = name, ["Indicator Code"] = "news_articles", ["Period"] = "2044-01", ["Value"] = 10, ["Note"] = null },
            new() { ["Station"] = name, ["Indicator Code"] = "news_articles", ["Period"] = "2044-02", ["Value"] = 7, ["Note"] = "February" },
            new() { ["Station"] = name, ["Indicator Code"] = "volunteers_registered", ["Period"] = "2044-02", ["Value"] = 300, ["Note"] = null },
        };

        var first = await ImportAsync("monthly.xlsx", Xlsx(sheet));
        Assert.Empty((JsonArray)first["errors"]!);
        Assert.Equal((3, 0), (first["imported"]!.GetValue<int>(), first["replaced"]!.GetValue<int>()));

        var again = await ImportAsync("monthly.xlsx", Xlsx(sheet));
        Assert.Equal((3, 3), (again["imported"]!.GetValue<int>(), again["replaced"]!.GetValue<int>()));
        Assert.Equal(17m, await hub.Client.StationValueAsync(station, "2044", "news_articles"));
        Assert.Equal(17m, await hub.Client.StationValueAsync(station, "2044-Q1", "news_articles"));

        sheet[1]["Value"] = 9;
        sheet[2]["Value"] = 310;
        var changed = await ImportAsync("monthly.xlsx", Xlsx(sheet));
        Assert.Equal((3, 3), (changed["imported"]!.GetValue<int>(), changed["replaced"]!.GetValue<int>()));
        Assert.Equal(19m, await hub.Client.StationValueAsync(station, "2044", "news_articles"));
        Assert.Equal(310m, await hub.Client.StationValueAsync(station, "2044", "volunteers_registered"));
    }

    [Fact]
    public async Task The_cli_verb_imports_a_file_end_to_end_and_refuses_a_bad_one_with_exit_code_2()
    {
        var (station, name) = await hub.Client.StationAsync(4);
        await using var services = HubDataServices.For(hub.Database);
        var directory = Directory.CreateTempSubdirectory("datahub-import-");
        try
        {
            var bad = Path.Combine(directory.FullName, "bad.xlsx");
            await File.WriteAllBytesAsync(bad, Xlsx([
                new() { ["站点"] = name, ["指标代码"] = "news_articles", ["期间"] = "2045-06", ["数值"] = 2 },
                new() { ["站点"] = name, ["指标代码"] = "news_articles", ["期间"] = "2045-07", ["数值"] = "两" },
            ]));
            var (code, _, error) = await RunAsync(services, "import-observations", bad);
            Assert.Equal(ImportObservationsCommand.Refused, code);
            Assert.Contains("row 3, column 数值: \"两\" is not a number.", error, StringComparison.Ordinal);
            Assert.Null(await hub.Client.StationValueAsync(station, "2045-06", "news_articles"));

            var good = Path.Combine(directory.FullName, "good.csv");
            await File.WriteAllTextAsync(good, $"站点,指标代码,期间,数值\n{name},news_articles,2045-06,2\n{station},news_articles,2045-07,3\n");
            (code, var output, _) = await RunAsync(services, "import-observations", good);
            Assert.Equal(0, code);
            Assert.Contains("2 figures stored (0 replaced)", output, StringComparison.Ordinal);
            (code, output, _) = await RunAsync(services, "import-observations", good);
            Assert.Contains("2 figures stored (2 replaced)", output, StringComparison.Ordinal);
            Assert.Equal(5m, await hub.Client.StationValueAsync(station, "2045", "news_articles"));

            var huge = Path.Combine(directory.FullName, "huge.csv");
            await File.WriteAllLinesAsync(huge, ["station,indicator,period,value", .. Enumerable.Repeat($"{name},news_articles,2045-08,1", 10_001)]);
            (code, _, error) = await RunAsync(services, "import-observations", huge);
            Assert.Equal(ImportObservationsCommand.Refused, code);
            Assert.Contains("more than 10,000 rows", error, StringComparison.Ordinal);
            Assert.Null(await hub.Client.StationValueAsync(station, "2045-08", "news_articles"));

            (code, _, error) = await RunAsync(services, "import-observations", Path.Combine(directory.FullName, "report.txt"));
            Assert.Equal(ImportObservationsCommand.UsageError, code);
            Assert.Contains("usage:", error, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static byte[] Xlsx(List<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(HubDataServices services, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ImportObservationsCommand.RunAsync(services.Services, args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task<JsonNode> ImportAsync(string fileName, byte[] content)
    {
        var data = await hub.Admin.QueryAsync(Import, new { fileName, content = Convert.ToBase64String(content) });
        return data["importObservations"]!;
    }
}

public sealed class ObservationImportOnSqlite(SqliteDemoHub hub) : ObservationImportTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class ObservationImportOnMariaDb(MariaDbDemoHub hub) : ObservationImportTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

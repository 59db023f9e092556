using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Hub.Schema.Access;
using Hub.Server.Exports;
using Hub.Server.Http.TrustedDocuments;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Exports;

/// <summary>
/// The export endpoints over real HTTP: every cell of a downloaded comparison, series or connection page equals what
/// the same caller's GraphQL query answers, suppression included; bad input is a 400 with a code and no file. On the
/// 100-station synthetic dataset.
/// </summary>
public abstract class ExportTests<TFixture>(TFixture hub)
    where TFixture : ExportHub
{
    private const string Compare = """
        query($input: ComparisonInput!) {
          comparison(input: $input) {
            totalCount
            rows {
              regionCode stationId name population rank percentile
              values { value suppressed reportingStations expectedStations }
              metrics { value rank percentile changeFromPrevious changeFromPreviousPercent changeFromYearEarlier changeFromYearEarlierPercent perTenThousandPeople }
            }
          }
        }
        """;

    private static readonly string[] Codes = ["volunteer_hours", "volunteers_registered", "cases_opened"];
    private static readonly string[] Restricted = ["subsistence_households"];
    private static readonly string[] VolunteerHours = ["volunteer_hours"];

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public async Task A_comparison_export_equals_the_graphql_answer_cell_for_cell(string format)
    {
        var province = await ProvinceAsync();
        var url = $"/export/comparison.{format}?region={province.Code}&level=district&period=2024-Q2&indicators={string.Join(',', Codes)}&orderBy=volunteers_registered";
        var exported = await ExportedTable.GetAsync(hub.Client.Http, url);
        var answer = await CompareAsync(hub.Client, province.Code, "DISTRICT", "2024-Q2", Codes, "volunteers_registered");

        AssertSameTable(answer, Codes.Length, exported);
        Assert.True(exported.Rows.Count >= 6, "the synthetic province has six districts");
        Assert.Equal(ComparisonExport.UnitColumns.Count + Codes.Length * ComparisonExport.IndicatorColumns.Count, exported.Columns.Count);
        Assert.Equal("志愿服务时长 值 value", exported.Columns[ComparisonExport.UnitColumns.Count]);
        Assert.Equal("attachment", exported.Disposition!.DispositionType);
        Assert.Equal($"comparison-{province.Name}-district-2024-Q2.{format}", exported.Disposition.FileNameStar);
        if (format == "xlsx")
        {
            Assert.Equal($"{province.Code} {province.Name}", exported.Header["地区 Region"]);
            Assert.Equal("DISTRICT", exported.Header["层级 Level"]);
            Assert.Equal("2024-Q2", exported.Header["时期 Period"]);
            Assert.StartsWith("volunteer_hours 志愿服务时长", exported.Header["指标 Indicators"], StringComparison.Ordinal);
            Assert.Contains("cases_opened", exported.Header["指标 Indicators"], StringComparison.Ordinal);
            Assert.Equal("volunteers_registered", exported.Header["排序 Ranked by"]);
            Assert.Equal("公众（未登录） PUBLIC (anonymous)", exported.Header["导出者 Exported by"]);
            var at = DateTimeOffset.Parse(exported.Header["导出时间 Exported at"], CultureInfo.InvariantCulture);
            Assert.InRange(DateTimeOffset.UtcNow - at, TimeSpan.Zero - TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
            Assert.Contains("已隐藏 suppressed", exported.Header["说明 Note"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_ranking_longer_than_a_page_is_walked_whole_and_one_over_the_limit_is_refused()
    {
        var province = await ProvinceAsync();
        var cities = (JsonArray)(await hub.Client.QueryAsync("{ regions(where: { level: { eq: CITY } }) { nodes { code stations { totalCount } } } }"))["regions"]!["nodes"]!;
        var city = cities.Select(c => (Code: c!["code"]!.GetValue<string>(), Stations: c["stations"]!["totalCount"]!.GetValue<int>())).MinBy(c => c.Stations);
        Assert.InRange(city.Stations, ExportHub.PageSize + 1, ExportHub.MaxRows);

        var exported = await ExportedTable.GetAsync(hub.Client.Http, $"/export/comparison.xlsx?region={city.Code}&level=STATION&period=2024&indicators=volunteer_hours");
        Assert.Equal(city.Stations, exported.Rows.Count);
        AssertSameTable(await CompareAsync(hub.Client, city.Code, "STATION", "2024", VolunteerHours), 1, exported);

        // Each page is one execution of the comparison, whose statements do not grow with its units.
        var pages = (city.Stations + ExportHub.PageSize - 1) / ExportHub.PageSize;
        var one = await hub.Client.PostAsync(Compare, new { input = new { regionCode = city.Code, level = "STATION", period = "2024", codes = VolunteerHours, first = ExportHub.PageSize } });
        Assert.InRange(exported.SqlStatements!.Value, pages, pages * (one.SqlStatements + 1));

        var (status, code, _) = await ExportedTable.RefusedAsync(hub.Client.Http, $"/export/comparison.csv?region={province.Code}&level=STATION&period=2024&indicators=volunteer_hours");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("EXPORT_TOO_LARGE", code);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public async Task An_anonymous_export_is_as_suppressed_as_the_anonymous_query_and_an_analysts_shows_the_values(string format)
    {
        var city = await SmallestCityAsync();
        var url = $"/export/comparison.{format}?region={city}&level=STATION&period=2024&indicators={Restricted[0]}";

        var anonymous = await ExportedTable.GetAsync(hub.Client.Http, url);
        AssertSameTable(await CompareAsync(hub.Client, city, "STATION", "2024", Restricted), 1, anonymous);
        Assert.Contains(ExportTable.Suppressed, anonymous.Column("低保户数 值 value"));

        var analyst = hub.ClientAs(HubRole.Analyst, regionCode: city);
        var full = await ExportedTable.GetAsync(analyst.Http, url);
        AssertSameTable(await CompareAsync(analyst, city, "STATION", "2024", Restricted), 1, full);
        Assert.DoesNotContain(ExportTable.Suppressed, full.Column("低保户数 值 value"));
        Assert.Contains(full.Column("低保户数 值 value"), v => v is not null);
        if (format == "xlsx")
        {
            Assert.Equal($"ANALYST test-analyst (region {city})", full.Header["导出者 Exported by"]);
        }
    }

    [Fact]
    public async Task A_trusted_document_named_by_its_id_is_exported_with_its_own_columns()
    {
        var province = await ProvinceAsync();
        var id = TrustedDocumentResolver.IdOf(ExportHub.NarrowComparison);
        var exported = await ExportedTable.GetAsync(hub.Client.Http, $"/export/comparison.xlsx?documentId={id}&region={province.Code}&level=CITY&period=2024&indicators=volunteer_hours");
        var answer = await CompareAsync(hub.Client, province.Code, "CITY", "2024", VolunteerHours);

        var rows = Rows(answer);
        Assert.Equal(rows.Select(r => r["name"]!.GetValue<string>()), exported.Column("名称 name").Cast<string>());
        // The document selects no labels, so the columns are named by the codes; and no percentile or population,
        // so those columns stay empty rather than being filled some other way.
        Assert.Equal(rows.Select(r => r["metrics"]![0]!["value"]!.GetValue<double>()), exported.Column("volunteer_hours 值 value").Select(Convert.ToDouble));
        Assert.All(exported.Column("百分位 percentile").Concat(exported.Column("人口 population")), Assert.Null);
        Assert.StartsWith(province.Code, exported.Header["地区 Region"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public async Task A_stations_series_and_a_regions_series_export_as_graphql_answers_them(string format)
    {
        var station = (await hub.Client.QueryAsync("{ stations(first: 1) { nodes { id } } }"))["stations"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var province = await ProvinceAsync();
        foreach (var (parameter, lookup, key) in new[] { ("station", "station(id: $key)", station), ("region", "region(code: $key)", province.Code) })
        {
            var exported = await ExportedTable.GetAsync(hub.Client.Http, $"/export/series.{format}?{parameter}={Uri.EscapeDataString(key)}&indicator=volunteer_hours&from=2024-01&to=2025-02");
            var answer = await hub.Client.QueryAsync(
                $$"""query($key: {{(parameter == "station" ? "ID!" : "String!")}}) { unit: {{lookup}} { series(code: "volunteer_hours", from: "2024-01", to: "2025-02") { period value suppressed reportingStations expectedStations } } }""",
                new { key });
            var points = ((JsonArray)answer["unit"]!["series"]!).Select(p => p!).ToList();
            Assert.Equal(SeriesExport.Columns, exported.Columns);
            Assert.Equal(14, exported.Rows.Count);
            for (var i = 0; i < points.Count; i++)
            {
                AssertCells(
                    [points[i]["period"], points[i]["suppressed"]!.GetValue<bool>() ? ExportTable.Suppressed : points[i]["value"], points[i]["reportingStations"], points[i]["expectedStations"]],
                    exported.Rows[i],
                    $"{parameter} {points[i]["period"]}");
            }

            Assert.Null(exported.Rows[^1][1]);
            Assert.Contains(exported.Rows, r => r[1] is not null);
        }
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public async Task A_connection_page_exports_one_row_per_node_one_column_per_field(string format)
    {
        var exported = await ExportedTable.GetAsync(hub.Client.Http, $"/export/page.{format}?list=stations&first=10");
        var answer = await hub.Client.QueryAsync("{ stations(first: 10) { nodes { id code name kind status address region { code name } } } }");
        var nodes = ((JsonArray)answer["stations"]!["nodes"]!).Select(n => n!).ToList();
        Assert.Equal(["id", "code", "name", "kind", "status", "address", "region.code", "region.name"], exported.Columns);
        Assert.Equal(10, exported.Rows.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            AssertCells(
                [nodes[i]["id"], nodes[i]["code"], nodes[i]["name"], nodes[i]["kind"], nodes[i]["status"], nodes[i]["address"], nodes[i]["region"]!["code"], nodes[i]["region"]!["name"]],
                exported.Rows[i],
                $"station {i}");
        }

        var projects = await ExportedTable.GetAsync(hub.Client.Http, $"/export/page.{format}?list=publicProjects&first=5&variables={Uri.EscapeDataString("""{"order":[{"name":"DESC"}]}""")}");
        var listed = ((JsonArray)(await hub.Client.QueryAsync("""{ publicProjects(first: 5, order: [{ name: DESC }]) { nodes { name targetGroups } } }"""))["publicProjects"]!["nodes"]!).Select(n => n!).ToList();
        Assert.Equal(listed.Select(n => n["name"]!.GetValue<string>()), projects.Column("name").Cast<string>());
        Assert.Equal(listed.Select(n => string.Join("; ", ((JsonArray)n["targetGroups"]!).Select(g => g!.GetValue<string>()))), projects.Column("targetGroups").Select(v => v?.ToString() ?? ""));
    }

    [Theory]
    [InlineData("/export/comparison.xlsx?level=DISTRICT&period=2024&indicators=volunteer_hours", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    [InlineData("/export/comparison.csv?region={province}&level=DISTRICT&period=2024&indicator=volunteer_hours", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    [InlineData("/export/comparison.xlsx?region={province}&level=SIDEWAYS&period=2024&indicators=volunteer_hours", HttpStatusCode.BadRequest, "BAD_USER_INPUT")]
    [InlineData("/export/comparison.xlsx?region={province}&level=DISTRICT&period=2024-13&indicators=volunteer_hours", HttpStatusCode.BadRequest, "BAD_USER_INPUT")]
    [InlineData("/export/comparison.csv?region={province}&level=DISTRICT&period=2024&indicators=nope", HttpStatusCode.BadRequest, "BAD_USER_INPUT")]
    [InlineData("/export/comparison.xlsx?region={province}&level=DISTRICT&period=2024&indicators=volunteer_hours&period=2023", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    [InlineData("/export/comparison.xlsx?region=999999999999&level=DISTRICT&period=2024&indicators=volunteer_hours", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("/export/comparison.xlsx?documentId=sha256:0000&region={province}&level=DISTRICT&period=2024&indicators=volunteer_hours", HttpStatusCode.BadRequest, "PERSISTED_DOCUMENT_NOT_FOUND")]
    [InlineData("/export/series.csv?station=U3RhdGlvbjox&region={province}&indicator=volunteer_hours&from=2024-01&to=2024-12", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    [InlineData("/export/series.xlsx?region={province}&indicator=volunteer_hours&from=2024-01&to=2024-Q4", HttpStatusCode.BadRequest, "BAD_USER_INPUT")]
    [InlineData("/export/series.xlsx?region=999999999999&indicator=volunteer_hours&from=2024-01&to=2024-12", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("/export/page.xlsx?list=secrets", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    [InlineData("/export/page.csv?list=stations&first=500", HttpStatusCode.BadRequest, "PAGE_SIZE_EXCEEDED")]
    [InlineData("/export/page.csv?list=stations&variables=%7Bnot-json", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    public async Task Bad_input_is_refused_with_a_code_and_no_file(string url, HttpStatusCode status, string code)
    {
        var province = await ProvinceAsync();
        var refused = await ExportedTable.RefusedAsync(hub.Client.Http, url.Replace("{province}", province.Code, StringComparison.Ordinal));
        Assert.Equal(status, refused.Status);
        Assert.Equal(code, refused.Code);
    }

    [Fact]
    public async Task Bad_credentials_are_refused_as_on_graphql_not_exported_as_the_public()
    {
        var province = await ProvinceAsync();
        var stranger = hub.ClientWith("Bearer", "not-a-jwt");
        var refused = await ExportedTable.RefusedAsync(stranger.Http, $"/export/comparison.csv?region={province.Code}&level=DISTRICT&period=2024&indicators=volunteer_hours");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal("UNAUTHENTICATED", refused.Code);
    }

    /// <summary>The export's table against the GraphQL answer: the unit's columns, then each indicator's, every cell equal.</summary>
    private static void AssertSameTable(JsonNode answer, int indicators, ExportedTable exported)
    {
        var rows = Rows(answer);
        Assert.Equal(rows.Count, exported.Rows.Count);
        Assert.Equal(answer["totalCount"]!.GetValue<int>(), rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var expected = new List<JsonNode?> { row["rank"], row["percentile"], row["name"], row["regionCode"] ?? row["stationId"], row["population"] };
            for (var i = 0; i < indicators; i++)
            {
                var value = row["values"]![i]!;
                var metric = row["metrics"]![i]!;
                expected.AddRange(
                [
                    value["suppressed"]!.GetValue<bool>() ? ExportTable.Suppressed : metric["value"],
                    metric["rank"], metric["percentile"], value["reportingStations"], value["expectedStations"],
                    metric["changeFromPrevious"], metric["changeFromPreviousPercent"], metric["changeFromYearEarlier"], metric["changeFromYearEarlierPercent"],
                    metric["perTenThousandPeople"],
                ]);
            }

            AssertCells(expected, exported.Rows[r], $"row {r + 1} ({row["name"]})");
        }
    }

    /// <summary>Numbers equal as numbers (a CSV holds their invariant text), texts as texts, a null as an empty cell.</summary>
    private static void AssertCells(List<JsonNode?> expected, IReadOnlyList<object?> actual, string where)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var cell = actual[i];
            switch (expected[i])
            {
                case null:
                    Assert.True(cell is null, $"{where}, column {i + 1}: expected an empty cell, found {cell}");
                    break;
                case JsonValue number when number.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                    Assert.True(cell is not null, $"{where}, column {i + 1}: expected {number}, found an empty cell");
                    Assert.Equal(number.GetValue<double>(), Convert.ToDouble(cell, CultureInfo.InvariantCulture));
                    break;
                case var text:
                    Assert.Equal(text.GetValue<string>(), cell?.ToString());
                    break;
            }
        }
    }

    private static async Task<JsonNode> CompareAsync(GraphQLClient client, string region, string level, string period, string[] codes, string? orderBy = null) =>
        (await client.QueryAsync(Compare, new { input = new { regionCode = region, level, period, codes, orderBy, first = 100 } }))["comparison"]!;

    private static List<JsonNode> Rows(JsonNode comparison) => ((JsonArray)comparison["rows"]!).Select(r => r!).ToList();

    private async Task<(string Code, string Name)> ProvinceAsync()
    {
        var node = (await hub.Client.QueryAsync("{ regions(where: { level: { eq: PROVINCE } }, first: 1) { nodes { code name } } }"))["regions"]!["nodes"]![0]!;
        return (node["code"]!.GetValue<string>(), node["name"]!.GetValue<string>());
    }

    private async Task<string> SmallestCityAsync()
    {
        var cities = (JsonArray)(await hub.Client.QueryAsync("{ regions(where: { level: { eq: CITY } }) { nodes { code stations { totalCount } } } }"))["regions"]!["nodes"]!;
        return cities.MinBy(c => c!["stations"]!["totalCount"]!.GetValue<int>())!["code"]!.GetValue<string>();
    }
}

public sealed class ExportOnSqlite(SqliteExportHub hub) : ExportTests<SqliteExportHub>(hub), IClassFixture<SqliteExportHub>;

public sealed class ExportOnMariaDb(MariaDbExportHub hub) : ExportTests<MariaDbExportHub>(hub), IClassFixture<MariaDbExportHub>;

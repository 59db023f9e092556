using System.Text;
using System.Text.Json.Nodes;
using Hub.Data.Synthetic;
using Hub.Schema.Access;
using Hub.Server.Cli;
using Hub.Tests.Infrastructure;
using MiniExcelLibs;

namespace Hub.Tests.Registry;

/// <summary>
/// The registry workbook: <c>export-registry</c> writes the demo's registry and <c>import-registry</c> takes it back
/// without a change; <c>importRegistry</c> over the real endpoint creates and updates rows by their keys, names every
/// bad row by sheet, row and column, and stores nothing when there is one. On both databases.
/// </summary>
public abstract class RegistryWorkbookTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Import = """
        mutation($file: Upload!) {
          importRegistry(input: { file: $file }) { created updated unchanged sheets { sheet created updated unchanged } errors { sheet row column code message } }
        }
        """;

    private const string ReadStation = """
        query($code: String!) {
          station: stationByCode(code: $code) {
            name kind address operator { name creditCode } region { code }
            brands { name visibility }
            projects(first: 10) { nodes { name brand { name } targetGroups startsOn funding communities { code } } }
            volunteerTeams { name members community { code } }
          }
        }
        """;

    [Fact]
    public async Task Exporting_the_demo_and_importing_it_again_changes_nothing()
    {
        var directory = Directory.CreateTempSubdirectory("datahub-registry-");
        try
        {
            await using var services = HubDataServices.For(hub.Database);
            var first = Path.Combine(directory.FullName, "first.xlsx");
            var second = Path.Combine(directory.FullName, "second.xlsx");
            Assert.Equal(0, await ExportRegistryCommand.RunAsync(services.Services, ["export-registry", first], TextWriter.Null, TextWriter.Null));

            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await ImportRegistryCommand.RunAsync(services.Services, ["import-registry", first], output, error);

            Assert.True(code == 0, error.ToString());
            Assert.Contains("站点: 0 created, 0 updated, ", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("项目: 0 created, 0 updated,", output.ToString(), StringComparison.Ordinal);
            Assert.StartsWith("0 created, 0 updated, ", output.ToString().Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
            Assert.Equal(0, await ExportRegistryCommand.RunAsync(services.Services, ["export-registry", second], TextWriter.Null, TextWriter.Null));
            Assert.Equal(Cells(first), Cells(second));
            Assert.Equal(
                ["区划", "机构", "站点", "品牌", "项目", "合作伙伴", "资源贡献", "志愿服务队", "社区基金", "荣誉", "媒体报道"],
                MiniExcel.GetSheetNames(first));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_sample_workbook_in_the_repository_is_the_demos_own_and_imports_without_a_change()
    {
        var sample = await File.ReadAllBytesAsync(Path.Combine(Repository.Root, "samples", "registry-lixia.xlsx"));
        var result = (await hub.Admin.UploadAsync(Import, "file", "registry-lixia.xlsx", sample))["importRegistry"]!;
        Assert.True(((JsonArray)result["errors"]!).Count == 0, result.ToJsonString());
        Assert.Equal((0, 0), (result["created"]!.GetValue<int>(), result["updated"]!.GetValue<int>()));
        Assert.True(result["unchanged"]!.GetValue<int>() > 10);
    }

    [Fact]
    public async Task A_region_export_holds_only_that_subtrees_stations()
    {
        var directory = Directory.CreateTempSubdirectory("datahub-registry-");
        try
        {
            await using var services = HubDataServices.For(hub.Database);
            var path = Path.Combine(directory.FullName, "lixia.xlsx");
            Assert.Equal(0, await ExportRegistryCommand.RunAsync(services.Services, ["export-registry", path, "--region", "370102000000"], TextWriter.Null, TextWriter.Null));
            var stations = MiniExcel.Query(path, useHeaderRow: true, sheetName: "站点").Cast<IDictionary<string, object?>>().ToList();
            Assert.NotEmpty(stations);
            Assert.All(stations, s => Assert.StartsWith("370102", (string)s["所在区划"]!, StringComparison.Ordinal));
            Assert.All(MiniExcel.Query(path, useHeaderRow: true, sheetName: "项目").Cast<IDictionary<string, object?>>(),
                p => Assert.StartsWith("370102", (string)p["站点编码"]!, StringComparison.Ordinal));

            using var error = new StringWriter();
            Assert.Equal(HubCli.Refused, await ExportRegistryCommand.RunAsync(services.Services, ["export-registry", path, "--region", "999999999999"], TextWriter.Null, error));
            Assert.Contains("No region has the code 999999999999", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_new_station_with_its_registry_is_created_by_key_and_a_second_import_changes_nothing()
    {
        var creditCode = CreditCodes.Create(CreditCodes.SocialServiceAgency, "370102", new SyntheticRandom(20261207));
        var workbook = Workbook(new()
        {
            ["机构"] = [new() { ["名称"] = "历下区众晖社工服务中心", ["统一社会信用代码"] = creditCode, ["类型"] = "SOCIAL_WORK_SERVICE_CENTRE" }],
            ["站点"] = [new() { ["站点编码"] = "370102002000-77", ["名称"] = "千佛山街道第二社工站", ["类型"] = "STREET", ["所在区划"] = "370102002000", ["运营机构"] = creditCode, ["地址"] = "历下区千佛山路1号" }],
            ["品牌"] = [new() { ["站点编码"] = "370102002000-77", ["名称"] = "佛山暖阳", ["可见性"] = "PUBLIC" }],
            ["项目"] =
            [
                new() { ["站点编码"] = "370102002000-77", ["名称"] = "暖阳助老", ["品牌"] = "佛山暖阳", ["服务对象"] = "ELDERLY、EMPTY_NEST_ELDERLY", ["服务社区"] = "370102002003", ["开始日期"] = "2024-03-01", ["资金(元)"] = 50000 },
                new() { ["站点编码"] = "370102002000-77", ["名称"] = "四点半课堂", ["品牌"] = null, ["服务对象"] = "CHILDREN", ["服务社区"] = null, ["开始日期"] = null, ["资金(元)"] = null },
            ],
            ["志愿服务队"] = [new() { ["站点编码"] = "370102002000-77", ["名称"] = "暖阳志愿队", ["所在社区"] = "370102002003", ["队员人数"] = 24 }],
        });

        var first = (await hub.Admin.UploadAsync(Import, "file", "registry.xlsx", workbook))["importRegistry"]!;
        Assert.Empty((JsonArray)first["errors"]!);
        Assert.Equal(6, first["created"]!.GetValue<int>());

        var station = (await hub.Admin.QueryAsync(ReadStation, new { code = "370102002000-77" }))["station"]!;
        Assert.Equal("千佛山街道第二社工站", station["name"]!.GetValue<string>());
        Assert.Equal("STREET", station["kind"]!.GetValue<string>());
        Assert.Equal("历下区千佛山路1号", station["address"]!.GetValue<string>());
        Assert.Equal(creditCode, station["operator"]!["creditCode"]!.GetValue<string>());
        Assert.Equal("370102002000", station["region"]!["code"]!.GetValue<string>());
        Assert.Equal("佛山暖阳", station["brands"]![0]!["name"]!.GetValue<string>());
        var projects = ((JsonArray)station["projects"]!["nodes"]!).ToDictionary(p => p!["name"]!.GetValue<string>());
        Assert.Equal("佛山暖阳", projects["暖阳助老"]!["brand"]!["name"]!.GetValue<string>());
        Assert.Equal(["ELDERLY", "EMPTY_NEST_ELDERLY"], ((JsonArray)projects["暖阳助老"]!["targetGroups"]!).Select(t => t!.GetValue<string>()));
        Assert.Equal("2024-03-01", projects["暖阳助老"]!["startsOn"]!.GetValue<string>());
        Assert.Equal(50000m, projects["暖阳助老"]!["funding"]!.GetValue<decimal>());
        Assert.Equal(["370102002003"], ((JsonArray)projects["暖阳助老"]!["communities"]!).Select(c => c!["code"]!.GetValue<string>()));
        Assert.Null(projects["四点半课堂"]!["brand"]);
        Assert.Equal(24, station["volunteerTeams"]![0]!["members"]!.GetValue<int>());

        var again = (await hub.Admin.UploadAsync(Import, "file", "registry.xlsx", workbook))["importRegistry"]!;
        Assert.Empty((JsonArray)again["errors"]!);
        Assert.Equal((0, 0, 6), (again["created"]!.GetValue<int>(), again["updated"]!.GetValue<int>(), again["unchanged"]!.GetValue<int>()));

        // A sheet of two columns is a patch: the address changes, the name and everything else stay.
        var patch = Workbook(new() { ["站点"] = [new() { ["code"] = "370102002000-77", ["address"] = "历下区千佛山路9号" }] });
        var patched = (await hub.Admin.UploadAsync(Import, "file", "patch.xlsx", patch))["importRegistry"]!;
        Assert.True(((JsonArray)patched["errors"]!).Count == 0, patched.ToJsonString());
        Assert.Equal(1, patched["updated"]!.GetValue<int>());
        var read = (await hub.Admin.QueryAsync(ReadStation, new { code = "370102002000-77" }))["station"]!;
        Assert.Equal("历下区千佛山路9号", read["address"]!.GetValue<string>());
        Assert.Equal("千佛山街道第二社工站", read["name"]!.GetValue<string>());
        Assert.Equal(creditCode, read["operator"]!["creditCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_workbook_with_bad_rows_on_three_sheets_stores_nothing_and_names_every_bad_row()
    {
        var workbook = Workbook(new()
        {
            ["站点"] =
            [
                new() { ["站点编码"] = "370102002000-88", ["名称"] = "好站点", ["类型"] = "STREET", ["所在区划"] = "370102002000" },
                new() { ["站点编码"] = "370102002000-89", ["名称"] = "坏站点", ["类型"] = "STREET", ["所在区划"] = "999999999999" },
            ],
            ["项目"] =
            [
                new() { ["站点编码"] = "370102002000-88", ["名称"] = "好项目", ["开始日期"] = "2024-13-45" },
                new() { ["站点编码"] = "NO-SUCH-STATION", ["名称"] = "孤儿项目", ["开始日期"] = null },
            ],
            ["志愿服务队"] = [new() { ["站点编码"] = "370102002000-88", ["名称"] = "好队", ["队员人数"] = "很多" }],
        });

        var result = (await hub.Admin.UploadAsync(Import, "file", "bad.xlsx", workbook))["importRegistry"]!;

        var errors = ((JsonArray)result["errors"]!).Select(e => (e!["sheet"]!.GetValue<string>(), e["row"]!.GetValue<int>(), e["column"]?.GetValue<string>(), e["code"]!.GetValue<string>())).ToList();
        Assert.Equal(
            [("站点", 3, "所在区划", "NOT_FOUND"), ("项目", 2, "开始日期", "BAD_USER_INPUT"), ("项目", 3, "站点编码", "NOT_FOUND"), ("志愿服务队", 2, "队员人数", "BAD_USER_INPUT")],
            errors);
        Assert.Equal(0, result["created"]!.GetValue<int>());
        var read = await hub.Admin.QueryAsync("{ good: stationByCode(code: \"370102002000-88\") { id } bad: stationByCode(code: \"370102002000-89\") { id } }");
        Assert.Null(read["good"]);
        Assert.Null(read["bad"]);
    }

    /// <summary>
    /// The checks a workbook's rows are held to are answered from tables read once per sheet, not a statement per row
    /// (<see cref="Hub.Data.Writes.RegistryReads"/>): rows new in the same workbook that collide, and references the
    /// mutations refuse, are refused all the same, with the mutations' codes and messages.
    /// </summary>
    [Fact]
    public async Task Checks_answered_from_memory_refuse_what_the_mutations_refuse()
    {
        var workbook = Workbook(new()
        {
            ["站点"] =
            [
                new() { ["站点编码"] = "370102002000-66", ["名称"] = "新站", ["类型"] = "STREET", ["所在区划"] = "370102002000" },
                new() { ["站点编码"] = "370102002000-66", ["名称"] = "又一新站", ["类型"] = "STREET", ["所在区划"] = "370102002000" },
            ],
            ["品牌"] =
            [
                new() { ["站点编码"] = "370102002000-66", ["名称"] = "同名品牌" },
                new() { ["站点编码"] = "370102002000-66", ["名称"] = "同名品牌" },
            ],
            ["项目"] =
            [
                new() { ["站点编码"] = "370102002000-66", ["名称"] = "越界项目", ["服务社区"] = "370103008001" },
                new() { ["站点编码"] = "370102002000-66", ["名称"] = "街道项目", ["服务社区"] = "370102002000" },
                new() { ["站点编码"] = "370102002000-66", ["名称"] = "好项目", ["服务社区"] = "370102002003" },
            ],
            ["志愿服务队"] = [new() { ["站点编码"] = "370102002000-66", ["名称"] = "越界队", ["所在社区"] = "370103008001" }],
        });

        var result = (await hub.Admin.UploadAsync(Import, "file", "collide.xlsx", workbook))["importRegistry"]!;

        var errors = ((JsonArray)result["errors"]!).Select(e => (e!["sheet"]!.GetValue<string>(), e["row"]!.GetValue<int>(), e["column"]?.GetValue<string>(), e["code"]!.GetValue<string>())).ToList();
        Assert.Equal(
            [
                ("站点", 3, "站点编码", "DUPLICATE"), ("品牌", 3, "名称", "DUPLICATE"),
                ("项目", 2, "服务社区", "BAD_USER_INPUT"), ("项目", 3, "服务社区", "BAD_USER_INPUT"), ("志愿服务队", 2, "所在社区", "BAD_USER_INPUT"),
            ],
            errors);
        var messages = ((JsonArray)result["errors"]!).Select(e => e!["message"]!.GetValue<string>()).ToList();
        Assert.Contains("lies outside the station's region", messages[2], StringComparison.Ordinal);
        Assert.Contains("is not a community or village", messages[3], StringComparison.Ordinal);
        Assert.Equal("A team's region is its station's region or a community within it.", messages[4]);
        Assert.Equal(0, result["created"]!.GetValue<int>());
        Assert.Null((await hub.Admin.QueryAsync("{ station: stationByCode(code: \"370102002000-66\") { id } }"))["station"]);
    }

    [Fact]
    public async Task Only_ADMIN_imports_a_registry()
    {
        var workbook = Workbook(new() { ["站点"] = [new() { ["站点编码"] = "370102002000-99", ["名称"] = "越权站", ["类型"] = "STREET", ["所在区划"] = "370102002000" }] });
        var (station, _) = await hub.Client.StationAsync(0);
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: Hub.Schema.Relay.GlobalId.IdOf(station, "Station"));
        Assert.Equal("FORBIDDEN", (await staff.PostFileAsync(Import, "file", "registry.xlsx", workbook)).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await hub.ClientAs(HubRole.Analyst, regionCode: "370102000000").PostFileAsync(Import, "file", "registry.xlsx", workbook)).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await hub.ClientAs(HubRole.Partner).PostFileAsync(Import, "file", "registry.xlsx", workbook)).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await hub.Client.PostFileAsync(Import, "file", "registry.xlsx", workbook)).FirstErrorCode);
        Assert.Null((await hub.Admin.QueryAsync("{ station: stationByCode(code: \"370102002000-99\") { id } }"))["station"]);
    }

    [Fact]
    public async Task A_file_that_is_no_workbook_is_refused_with_a_clear_error()
    {
        const string Base64 = "mutation($content: String!, $name: String!) { importRegistry(input: { fileName: $name, content: $content }) { created errors { sheet row code message } } }";
        var csv = Convert.ToBase64String(Encoding.UTF8.GetBytes("站点编码,名称\n"));
        var notAWorkbook = (await hub.Admin.QueryAsync(Base64, new { content = csv, name = "registry.xlsx" }))["importRegistry"]!;
        Assert.Equal("BAD_USER_INPUT", notAWorkbook["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Contains("not a readable XLSX workbook", notAWorkbook["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", (await hub.Admin.PostAsync(Base64, new { content = csv, name = "registry.csv" })).FirstErrorCode);

        var unknownSheet = (await hub.Admin.UploadAsync(Import, "file", "registry.xlsx", Workbook(new() { ["站点们"] = [new() { ["站点编码"] = "X" }] })))["importRegistry"]!;
        Assert.Equal(("站点们", 0), (unknownSheet["errors"]![0]!["sheet"]!.GetValue<string>(), unknownSheet["errors"]![0]!["row"]!.GetValue<int>()));
        var unknownColumn = (await hub.Admin.UploadAsync(Import, "file", "registry.xlsx", Workbook(new() { ["站点"] = [new() { ["站点编码"] = "370102002000-01", ["颜色"] = "红" }] })))["importRegistry"]!;
        Assert.Contains("\"颜色\" is no column of 站点", unknownColumn["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static byte[] Workbook(Dictionary<string, List<Dictionary<string, object?>>> sheets)
    {
        using var buffer = new MemoryStream();
        buffer.SaveAs(sheets.ToDictionary(s => s.Key, s => (object)s.Value));
        return buffer.ToArray();
    }

    /// <summary>Every cell of every sheet, as text: what a reader of the workbook sees.</summary>
    private static string Cells(string path)
    {
        var text = new StringBuilder();
        foreach (var sheet in MiniExcel.GetSheetNames(path))
        {
            text.AppendLine(sheet);
            foreach (IDictionary<string, object?> row in MiniExcel.Query(path, sheetName: sheet))
            {
                text.AppendLine(string.Join('\t', row.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        return text.ToString();
    }
}

public sealed class RegistryWorkbookOnSqlite(SqliteDemoHub hub) : RegistryWorkbookTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class RegistryWorkbookOnMariaDb(MariaDbDemoHub hub) : RegistryWorkbookTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

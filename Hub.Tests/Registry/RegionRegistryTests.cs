using System.Text.Json.Nodes;
using Hub.Schema.Access;
using Hub.Schema.Relay;
using Hub.Server.Cli;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Registry;

/// <summary>
/// <c>createRegion</c> and <c>updateRegion</c> over the real endpoint: a new community is in the tree (its street's
/// children, its district's stations once one is placed in it) on the next request, a new population is what the
/// next comparison divides by, bad input stores nothing, and only ADMIN writes regions. On both databases.
/// </summary>
public abstract class RegionRegistryTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Selection = "region { id code name level population households areaKm2 parent { code } } errors { field code message }";
    private const string Create = "mutation($input: CreateRegionInput!) { createRegion(input: $input) { " + Selection + " } }";
    private const string Update = "mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { " + Selection + " } }";
    private const string District = "370102000000";
    private const string Street = "370102002000";

    [Fact]
    public async Task A_created_community_is_in_the_tree_on_the_next_request()
    {
        var street = await RegionIdAsync(Street);
        var created = (await hub.Admin.QueryAsync(Create, new { input = new { parentId = street, code = "370102002901", name = "测试新社区", population = 8200, households = 3100, areaKm2 = 0.8125m } }))["createRegion"]!;
        Assert.Empty((JsonArray)created["errors"]!);
        var region = created["region"]!;
        Assert.Equal("COMMUNITY", region["level"]!.GetValue<string>());
        Assert.Equal(Street, region["parent"]!["code"]!.GetValue<string>());
        Assert.Equal(0.8125m, region["areaKm2"]!.GetValue<decimal>());

        var read = await hub.Client.QueryAsync("""
            query($code: String!, $street: String!) {
              region(code: $code) { name population households parent { code } }
              street: region(code: $street) { children { code } }
            }
            """, new { code = "370102002901", street = Street });
        Assert.Equal("测试新社区", read["region"]!["name"]!.GetValue<string>());
        Assert.Equal(8200, read["region"]!["population"]!.GetValue<int>());
        Assert.Contains((JsonArray)read["street"]!["children"]!, c => c!["code"]!.GetValue<string>() == "370102002901");

        // Its closure rows: a station placed in it counts in its street and district at once.
        var stationsBefore = await StationCountAsync(District);
        var station = (await hub.Admin.QueryAsync(
            "mutation($input: CreateStationInput!) { createStation(input: $input) { station { id district { code } } errors { field code message } } }",
            new { input = new { name = "新社区社工站", kind = "COMMUNITY", regionId = region["id"]!.GetValue<string>() } }))["createStation"]!;
        Assert.Empty((JsonArray)station["errors"]!);
        Assert.Equal(District, station["station"]!["district"]!["code"]!.GetValue<string>());
        Assert.Equal(stationsBefore + 1, await StationCountAsync(District));
        Assert.Equal(1, await StationCountAsync("370102002901"));
        var inRegions = await hub.Client.QueryAsync("query($code: String!) { regions(where: { code: { eq: $code } }) { totalCount } }", new { code = "370102002901" });
        Assert.Equal(1, inRegions["regions"]!["totalCount"]!.GetValue<int>());
        await AssertRollupsEqualBaseRowsAsync();
    }

    [Fact]
    public async Task A_new_population_is_what_the_next_comparison_divides_by()
    {
        var street = await RegionIdAsync(Street);
        var first = (await hub.Admin.QueryAsync(Update, new { input = new { id = street, population = 50_000, households = 20_000, areaKm2 = 3.1m } }))["updateRegion"]!;
        Assert.Empty((JsonArray)first["errors"]!);
        Assert.Equal(50_000, first["region"]!["population"]!.GetValue<int>());
        var value = (await PerTenThousandAsync()).Value;
        Assert.NotNull(value);
        var perTenThousand = (await PerTenThousandAsync()).PerTenThousand;
        Assert.Equal((double)value!.Value * 10_000 / 50_000, perTenThousand!.Value, 6);

        var second = (await hub.Admin.QueryAsync(Update, new { input = new { id = street, population = 100_000 } }))["updateRegion"]!;
        Assert.Empty((JsonArray)second["errors"]!);
        Assert.Equal(20_000, second["region"]!["households"]!.GetValue<int>());
        Assert.Equal(3.1m, second["region"]!["areaKm2"]!.GetValue<decimal>());
        var after = await PerTenThousandAsync();
        Assert.Equal(100_000, after.Population);
        Assert.Equal((double)value.Value * 10_000 / 100_000, after.PerTenThousand!.Value, 6);

        var cleared = (await hub.Admin.QueryAsync(Update, new { input = new { id = street, households = (int?)null, areaKm2 = (decimal?)null } }))["updateRegion"]!;
        Assert.Null(cleared["region"]!["households"]);
        Assert.Null(cleared["region"]!["areaKm2"]);
        Assert.Equal(100_000, cleared["region"]!["population"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_stores_nothing()
    {
        var street = await RegionIdAsync(Street);
        var district = await RegionIdAsync(District);
        var underDistrict = (await hub.Admin.QueryAsync(Create, new { input = new { parentId = district, code = "370102000901", name = "错层社区" } }))["createRegion"]!;
        Assert.Null(underDistrict["region"]);
        Assert.Equal("parentId", underDistrict["errors"]![0]!["field"]!.GetValue<string>());

        var refused = (await hub.Admin.QueryAsync(Create, new { input = new { parentId = street, code = "370103008901", name = " ", population = 10, households = 20, areaKm2 = 1.23456m } }))["createRegion"]!;
        var errors = ((JsonArray)refused["errors"]!).ToDictionary(e => e!["field"]!.GetValue<string>(), e => e!["code"]!.GetValue<string>());
        Assert.Equal("BAD_USER_INPUT", errors["code"]);
        Assert.Equal("BAD_USER_INPUT", errors["name"]);
        Assert.Equal("BAD_USER_INPUT", errors["households"]);
        Assert.Equal("BAD_USER_INPUT", errors["areaKm2"]);

        Assert.Equal("BAD_USER_INPUT", await FirstCodeAsync(new { parentId = street, code = "370102002000", name = "街道本身" }));
        Assert.Equal("BAD_USER_INPUT", await FirstCodeAsync(new { parentId = street, code = "3701020029X1", name = "字母社区" }));
        Assert.Equal("DUPLICATE", await FirstCodeAsync(new { parentId = street, code = "370102002003", name = "重码社区" }));
        Assert.Equal("DUPLICATE", await FirstCodeAsync(new { parentId = street, code = "370102002902", name = "千佛山东路社区" }));
        Assert.Equal("NOT_FOUND", await FirstCodeAsync(new { parentId = GlobalId.Of("Region", 987_654), code = "370102002903", name = "无父社区" }));
        Assert.NotNull((await hub.Admin.PostAsync(Create, new { input = new { parentId = GlobalId.Of("Station", 1), code = "370102002904", name = "错类" } })).Errors);

        var update = (await hub.Admin.QueryAsync(Update, new { input = new { id = street, population = -5, households = 10 } }))["updateRegion"]!;
        Assert.Null(update["region"]);
        Assert.Equal("population", update["errors"]![0]!["field"]!.GetValue<string>());
        var missing = (await hub.Admin.QueryAsync(Update, new { input = new { id = GlobalId.Of("Region", 987_654), population = 5 } }))["updateRegion"]!;
        Assert.Equal("NOT_FOUND", missing["errors"]![0]!["code"]!.GetValue<string>());

        var read = await hub.Client.QueryAsync("query($street: String!) { street: region(code: $street) { population households children { code name } } }", new { street = Street });
        Assert.DoesNotContain((JsonArray)read["street"]!["children"]!, c => c!["name"]!.GetValue<string>() is "街道本身" or "字母社区" or "重码社区" or "无父社区");
        Assert.Null((await hub.Client.QueryAsync("{ region(code: \"370102000901\") { id } }"))["region"]);
        Assert.NotEqual(-5, read["street"]!["population"]?.GetValue<int>());
    }

    [Theory]
    [InlineData(HubRole.Public, "UNAUTHENTICATED")]
    [InlineData(HubRole.StationStaff, "FORBIDDEN")]
    [InlineData(HubRole.Partner, "FORBIDDEN")]
    [InlineData(HubRole.Analyst, "FORBIDDEN")]
    public async Task Only_admin_writes_regions(HubRole role, string code)
    {
        var street = await RegionIdAsync(Street);
        var (station, _) = await hub.Client.StationAsync(0);
        var caller = role switch
        {
            HubRole.Public => hub.Client,
            HubRole.StationStaff => hub.ClientAs(role, stationId: GlobalId.IdOf(station, "Station")),
            HubRole.Analyst => hub.ClientAs(role, regionCode: District),
            _ => hub.ClientAs(role),
        };
        var before = (await hub.Client.QueryAsync("query($code: String!) { region(code: $code) { population } }", new { code = Street }))["region"]!["population"]?.GetValue<int>();
        Assert.Equal(code, (await caller.PostAsync(Create, new { input = new { parentId = street, code = "370102002950", name = "越权社区" + role } })).FirstErrorCode);
        Assert.Equal(code, (await caller.PostAsync(Update, new { input = new { id = street, population = 1 } })).FirstErrorCode);

        var read = await hub.Client.QueryAsync("query($code: String!, $street: String!) { region(code: $code) { id } street: region(code: $street) { population } }", new { code = "370102002950", street = Street });
        Assert.Null(read["region"]);
        Assert.Equal(before, read["street"]!["population"]?.GetValue<int>());
    }

    private async Task<string?> FirstCodeAsync(object input)
    {
        var payload = (await hub.Admin.QueryAsync(Create, new { input }))["createRegion"]!;
        Assert.Null(payload["region"]);
        return payload["errors"]![0]!["code"]!.GetValue<string>();
    }

    private async Task<(int? Population, decimal? Value, double? PerTenThousand)> PerTenThousandAsync()
    {
        var rows = (await hub.Admin.QueryAsync("""
            query($region: String!) {
              comparison(input: { regionCode: $region, level: STREET, period: "2024-11", codes: ["case_files_created"] }) {
                rows { regionCode population metrics { value perTenThousandPeople } }
              }
            }
            """, new { region = District }))["comparison"]!["rows"]!.AsArray();
        var row = rows.Single(r => r!["regionCode"]!.GetValue<string>() == Street)!;
        var metric = row["metrics"]![0]!;
        return (row["population"]?.GetValue<int>(), metric["value"]?.GetValue<decimal>(), metric["perTenThousandPeople"]?.GetValue<double>());
    }

    private async Task<int> StationCountAsync(string code) =>
        (await hub.Admin.QueryAsync("query($code: String!) { region(code: $code) { stations { totalCount } } }", new { code }))["region"]!["stations"]!["totalCount"]!.GetValue<int>();

    private async Task<string> RegionIdAsync(string code) =>
        (await hub.Client.QueryAsync("query($code: String!) { region(code: $code) { id } }", new { code }))["region"]!["id"]!.GetValue<string>();

    private async Task AssertRollupsEqualBaseRowsAsync()
    {
        var output = new StringWriter();
        Assert.Equal(0, await RollupsCommand.VerifyAsync(hub.Services, [RollupsCommand.VerifyVerb], output, TextWriter.Null));
    }
}

public sealed class RegionRegistryOnSqlite(SqliteDemoHub hub) : RegionRegistryTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class RegionRegistryOnMariaDb(MariaDbDemoHub hub) : RegionRegistryTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

using System.Text.Json.Nodes;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Registry;

/// <summary>
/// <c>createStation</c> and <c>updateStation</c> over the real endpoint: what is written reads back exactly, a patch
/// leaves alone what it does not name and clears what it sends as null, bad input is refused field by field and
/// stores nothing, and station staff change only their own station's descriptive fields. On both databases.
/// </summary>
public abstract class StationRegistryTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Selection = "station { id name code kind status closedOn opened floorAreaM2 staffCount certifiedStaffCount address description region { code } district { code } operator { id } } errors { field code message }";
    private const string Create = "mutation($input: CreateStationInput!) { createStation(input: $input) { " + Selection + " } }";
    private const string Update = "mutation($input: UpdateStationInput!) { updateStation(input: $input) { " + Selection + " } }";
    private const string Street = "370102002000";

    [Fact]
    public async Task A_created_station_reads_back_with_a_code_from_its_region_and_its_district()
    {
        var region = await RegionIdAsync(Street);
        var created = (await hub.Admin.QueryAsync(Create, new
        {
            input = new { name = "测试社工站", kind = "STREET", regionId = region, opened = "2025-03", floorAreaM2 = 120.5m, staffCount = 4, certifiedStaffCount = 2, address = "测试路1号" },
        }))["createStation"]!;
        Assert.Empty((JsonArray)created["errors"]!);
        var station = created["station"]!;
        Assert.StartsWith(Street + "-", station["code"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("370102000000", station["district"]!["code"]!.GetValue<string>());

        var read = (await hub.Admin.QueryAsync("query($id: ID!) { station(id: $id) { name code opened floorAreaM2 staffCount certifiedStaffCount address status } }", new { id = station["id"]!.GetValue<string>() }))["station"]!;
        Assert.Equal("测试社工站", read["name"]!.GetValue<string>());
        Assert.Equal(station["code"]!.GetValue<string>(), read["code"]!.GetValue<string>());
        Assert.Equal("2025-03", read["opened"]!.GetValue<string>());
        Assert.Equal(120.5m, read["floorAreaM2"]!.GetValue<decimal>());
        Assert.Equal(4, read["staffCount"]!.GetValue<int>());
        Assert.Equal("ACTIVE", read["status"]!.GetValue<string>());

        var second = (await hub.Admin.QueryAsync(Create, new { input = new { name = "测试社工站二", kind = "STREET", regionId = region } }))["createStation"]!;
        Assert.NotEqual(station["code"]!.GetValue<string>(), second["station"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_created_station_is_expected_at_once_in_every_region_above_it()
    {
        const string expected = """query { district: region(code: "370102000000") { indicators(period: "2024", codes: ["volunteer_hours"]) { expectedStations } } street: region(code: "370102002000") { indicators(period: "2024", codes: ["volunteer_hours"]) { expectedStations } } }""";
        static (int District, int Street) Counts(JsonNode data) =>
            (data["district"]!["indicators"]![0]!["expectedStations"]!.GetValue<int>(), data["street"]!["indicators"]![0]!["expectedStations"]!.GetValue<int>());
        var before = Counts(await hub.Admin.QueryAsync(expected));

        var created = (await hub.Admin.QueryAsync(Create, new { input = new { name = "计数社工站", kind = "STREET", regionId = await RegionIdAsync(Street) } }))["createStation"]!;
        Assert.Empty((JsonArray)created["errors"]!);

        // The counts are kept per tree counter (RegionStationCounts): the write moved it, so the next read counts afresh.
        var after = Counts(await hub.Admin.QueryAsync(expected));
        Assert.Equal((before.District + 1, before.Street + 1), after);
    }

    [Fact]
    public async Task A_patch_changes_what_it_names_clears_explicit_nulls_and_leaves_the_rest()
    {
        var id = await CreateAsync("补丁社工站", "patch-01");
        var patched = (await hub.Admin.QueryAsync(Update, new { input = new { id, description = "新的介绍", address = (string?)null } }))["updateStation"]!;
        Assert.Empty((JsonArray)patched["errors"]!);
        Assert.Equal("新的介绍", patched["station"]!["description"]!.GetValue<string>());
        Assert.Null(patched["station"]!["address"]);
        Assert.Equal("补丁社工站", patched["station"]!["name"]!.GetValue<string>());
        Assert.Equal("PATCH-01", patched["station"]!["code"]!.GetValue<string>());
        Assert.Equal(3, patched["station"]!["staffCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_station_is_closed_with_its_closing_day_never_deleted()
    {
        var id = await CreateAsync("关闭社工站", "close-01");
        var refused = (await hub.Admin.QueryAsync(Update, new { input = new { id, status = "CLOSED" } }))["updateStation"]!;
        Assert.Null(refused["station"]);
        Assert.Equal("closedOn", refused["errors"]![0]!["field"]!.GetValue<string>());

        var closed = (await hub.Admin.QueryAsync(Update, new { input = new { id, status = "CLOSED", closedOn = "2025-06-30" } }))["updateStation"]!;
        Assert.Equal("CLOSED", closed["station"]!["status"]!.GetValue<string>());
        Assert.Equal("2025-06-30", closed["station"]!["closedOn"]!.GetValue<string>());

        var reopened = (await hub.Admin.QueryAsync(Update, new { input = new { id, status = "ACTIVE" } }))["updateStation"]!;
        Assert.Null(reopened["station"]!["closedOn"]);
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_stores_nothing()
    {
        var region = await RegionIdAsync(Street);
        var existing = await CreateAsync("已有社工站", "dup-01");
        var province = await RegionIdAsync("370000000000");
        var refused = (await hub.Admin.QueryAsync(Create, new
        {
            input = new { name = " ", kind = "STREET", regionId = province, code = "dup-01", opened = "2025-13", staffCount = 2, certifiedStaffCount = 5, floorAreaM2 = 1.234m },
        }))["createStation"]!;
        Assert.Null(refused["station"]);
        var errors = ((JsonArray)refused["errors"]!).ToDictionary(e => e!["field"]!.GetValue<string>(), e => e!["code"]!.GetValue<string>());
        Assert.Equal("BAD_USER_INPUT", errors["name"]);
        Assert.Equal("BAD_USER_INPUT", errors["regionId"]);
        Assert.Equal("BAD_USER_INPUT", errors["opened"]);
        Assert.Equal("BAD_USER_INPUT", errors["certifiedStaffCount"]);
        Assert.Equal("BAD_USER_INPUT", errors["floorAreaM2"]);
        Assert.Contains(errors, e => e.Key == "code" || e.Key == "regionId");

        var duplicate = (await hub.Admin.QueryAsync(Create, new { input = new { name = "重复", kind = "STREET", regionId = region, code = "DUP-01" } }))["createStation"]!;
        Assert.Equal("DUPLICATE", duplicate["errors"]![0]!["code"]!.GetValue<string>());

        var cleared = (await hub.Admin.QueryAsync(Update, new { input = new { id = existing, name = (string?)null } }))["updateStation"]!;
        Assert.Equal(["name"], ((JsonArray)cleared["errors"]!).Select(e => e!["field"]!.GetValue<string>()));

        var notAStation = await hub.Admin.PostAsync(Update, new { input = new { id = GlobalId.Of("Region", 1), name = "x" } });
        Assert.NotNull(notAStation.Errors);

        var count = await hub.Admin.QueryAsync("{ stations(where: { name: { eq: \"重复\" } }) { totalCount } }");
        Assert.Equal(0, count["stations"]!["totalCount"]!.GetValue<int>());
        var name = await hub.Admin.QueryAsync("query($id: ID!) { station(id: $id) { name } }", new { id = existing });
        Assert.Equal("已有社工站", name["station"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Station_staff_change_their_own_stations_description_and_nothing_else()
    {
        var id = await CreateAsync("员工社工站", "staff-01");
        var other = await CreateAsync("别的社工站", "staff-02");
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(id, "Station"));

        var own = (await staff.QueryAsync(Update, new { input = new { id, description = "站内更新", staffCount = 5 } }))["updateStation"]!;
        Assert.Empty((JsonArray)own["errors"]!);
        Assert.Equal(5, own["station"]!["staffCount"]!.GetValue<int>());

        var renamed = (await staff.QueryAsync(Update, new { input = new { id, name = "改名" } }))["updateStation"]!;
        Assert.Equal("FORBIDDEN", renamed["errors"]![0]!["code"]!.GetValue<string>());

        var foreign = await staff.PostAsync(Update, new { input = new { id = other, description = "越权" } });
        Assert.Contains("FORBIDDEN", foreign.Body, StringComparison.Ordinal);

        var create = await staff.PostAsync(Create, new { input = new { name = "员工新建", kind = "STREET", regionId = await RegionIdAsync(Street) } });
        Assert.Contains("FORBIDDEN", create.Body, StringComparison.Ordinal);

        var read = await hub.Admin.QueryAsync("query($a: ID!, $b: ID!) { a: station(id: $a) { name } b: station(id: $b) { description } }", new { a = id, b = other });
        Assert.Equal("员工社工站", read["a"]!["name"]!.GetValue<string>());
        Assert.Null(read["b"]!["description"]);

        var audit = await hub.Admin.QueryAsync("{ auditLog(mutation: \"updateStation\", outcome: REFUSED, first: 5) { nodes { input } } }");
        Assert.Contains((JsonArray)audit["auditLog"]!["nodes"]!, e => e!["input"]!.GetValue<string>().Contains("\"description\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(HubRole.Public, "UNAUTHENTICATED")]
    [InlineData(HubRole.Partner, "FORBIDDEN")]
    [InlineData(HubRole.Analyst, "FORBIDDEN")]
    public async Task Read_only_callers_may_neither_create_nor_update_a_station(HubRole role, string code)
    {
        var id = await CreateAsync("只读社工站" + role, "ro-" + role);
        var caller = role == HubRole.Public ? hub.Client : hub.ClientAs(role, regionCode: role == HubRole.Analyst ? "370102000000" : null);
        var create = await caller.PostAsync(Create, new { input = new { name = "只读新建" + role, kind = "STREET", regionId = await RegionIdAsync(Street) } });
        var update = await caller.PostAsync(Update, new { input = new { id, description = "只读更新" } });
        Assert.Equal(code, create.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(code, update.Errors![0]!["extensions"]!["code"]!.GetValue<string>());

        var read = await hub.Admin.QueryAsync("query($id: ID!, $name: String!) { station(id: $id) { description } stations(where: { name: { eq: $name } }) { totalCount } }", new { id, name = "只读新建" + role });
        Assert.Null(read["station"]!["description"]);
        Assert.Equal(0, read["stations"]!["totalCount"]!.GetValue<int>());
    }

    private async Task<string> CreateAsync(string name, string code)
    {
        var created = (await hub.Admin.QueryAsync(Create, new { input = new { name, code, kind = "STREET", regionId = await RegionIdAsync(Street), staffCount = 3, address = "某路" } }))["createStation"]!;
        Assert.Empty((JsonArray)created["errors"]!);
        return created["station"]!["id"]!.GetValue<string>();
    }

    private async Task<string> RegionIdAsync(string code) =>
        (await hub.Client.QueryAsync("query($code: String!) { region(code: $code) { id } }", new { code }))["region"]!["id"]!.GetValue<string>();
}

public sealed class StationRegistryOnSqlite(SqliteDemoHub hub) : StationRegistryTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class StationRegistryOnMariaDb(MariaDbDemoHub hub) : StationRegistryTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

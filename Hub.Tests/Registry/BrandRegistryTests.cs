using System.Text.Json.Nodes;
using Hub.Schema.Access;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Registry;

/// <summary>
/// <c>createBrand</c>, <c>updateBrand</c> and <c>deleteBrand</c> over the real endpoint: station staff keep their own
/// station's brands and no other's, a brand that projects carry is IN_USE, bad input stores nothing. On both databases.
/// </summary>
public abstract class BrandRegistryTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Selection = "brand { id name launchedOn description visibility station { id } } errors { field code message }";
    private const string Create = "mutation($input: CreateBrandInput!) { createBrand(input: $input) { " + Selection + " } }";
    private const string Update = "mutation($input: UpdateBrandInput!) { updateBrand(input: $input) { " + Selection + " } }";
    private const string Delete = "mutation($id: ID!) { deleteBrand(id: $id) { " + Selection + " } }";

    [Fact]
    public async Task Station_staff_create_patch_and_delete_their_own_stations_brand()
    {
        var (station, _) = await hub.Client.StationAsync(0);
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(station, "Station"));
        var created = (await staff.QueryAsync(Create, new { input = new { name = "邻里守望", stationId = station, launchedOn = "2024-05-01", visibility = "INTERNAL" } }))["createBrand"]!;
        Assert.Empty((JsonArray)created["errors"]!);
        var id = created["brand"]!["id"]!.GetValue<string>();
        Assert.Equal("INTERNAL", created["brand"]!["visibility"]!.GetValue<string>());
        Assert.Equal(station, created["brand"]!["station"]!["id"]!.GetValue<string>());

        var patched = (await staff.QueryAsync(Update, new { input = new { id, description = "社区互助品牌", launchedOn = (string?)null } }))["updateBrand"]!;
        Assert.Empty((JsonArray)patched["errors"]!);
        Assert.Equal("社区互助品牌", patched["brand"]!["description"]!.GetValue<string>());
        Assert.Null(patched["brand"]!["launchedOn"]);
        Assert.Equal("邻里守望", patched["brand"]!["name"]!.GetValue<string>());

        var deleted = (await staff.QueryAsync(Delete, new { id }))["deleteBrand"]!;
        Assert.Empty((JsonArray)deleted["errors"]!);
        var read = await hub.Admin.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Equal("NOT_FOUND", read.FirstErrorCode);
    }

    [Fact]
    public async Task Another_stations_brand_is_refused_and_stays_as_it_was()
    {
        var (own, _) = await hub.Client.StationAsync(0);
        var (other, _) = await hub.Client.StationAsync(1);
        var theirs = (await hub.Admin.QueryAsync(Create, new { input = new { name = "别站品牌", stationId = other } }))["createBrand"]!["brand"]!["id"]!.GetValue<string>();
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(own, "Station"));

        Assert.Equal("FORBIDDEN", (await staff.PostAsync(Create, new { input = new { name = "越权品牌", stationId = other } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await staff.PostAsync(Update, new { input = new { id = theirs, name = "改名" } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await staff.PostAsync(Delete, new { id = theirs })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await hub.ClientAs(HubRole.Analyst, regionCode: "370102000000").PostAsync(Delete, new { id = theirs })).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await hub.Client.PostAsync(Create, new { input = new { name = "匿名品牌", stationId = other } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await hub.ClientAs(HubRole.Partner).PostAsync(Update, new { input = new { id = theirs, name = "伙伴改名" } })).FirstErrorCode);

        var read = await hub.Admin.QueryAsync("query($id: ID!, $station: ID!) { node(id: $id) { ... on Brand { name } } station(id: $station) { brands { name } } }", new { id = theirs, station = other });
        Assert.Equal("别站品牌", read["node"]!["name"]!.GetValue<string>());
        Assert.DoesNotContain((JsonArray)read["station"]!["brands"]!, b => b!["name"]!.GetValue<string>() is "越权品牌" or "匿名品牌");
    }

    [Fact]
    public async Task A_brand_its_projects_carry_is_in_use_and_bad_input_is_a_field_error()
    {
        var used = (await hub.Admin.QueryAsync("{ projects(where: { brand: { name: { neq: \"\" } } }, first: 1) { nodes { brand { id name station { id } } } } }"))["projects"]!["nodes"]![0]!["brand"]!;
        var inUse = (await hub.Admin.QueryAsync(Delete, new { id = used["id"]!.GetValue<string>() }))["deleteBrand"]!;
        Assert.Null(inUse["brand"]);
        Assert.Equal("IN_USE", inUse["errors"]![0]!["code"]!.GetValue<string>());

        var station = used["station"]!["id"]!.GetValue<string>();
        var duplicate = (await hub.Admin.QueryAsync(Create, new { input = new { name = used["name"]!.GetValue<string>(), stationId = station } }))["createBrand"]!;
        Assert.Equal(["name"], ((JsonArray)duplicate["errors"]!).Select(e => e!["field"]!.GetValue<string>()));
        Assert.Equal("DUPLICATE", duplicate["errors"]![0]!["code"]!.GetValue<string>());

        var blank = (await hub.Admin.QueryAsync(Create, new { input = new { name = "  ", stationId = station } }))["createBrand"]!;
        Assert.Equal("BAD_USER_INPUT", blank["errors"]![0]!["code"]!.GetValue<string>());
        var noStation = (await hub.Admin.QueryAsync(Create, new { input = new { name = "无站品牌", stationId = GlobalId.Of("Station", 987_654) } }))["createBrand"]!;
        Assert.Equal("NOT_FOUND", noStation["errors"]![0]!["code"]!.GetValue<string>());
        foreach (var name in new[] { null, " " })
        {
            // A cleared name and a blank one are the same mistake: one error on name, not one per rule that sees it.
            var cleared = (await hub.Admin.QueryAsync(Update, new { input = new { id = used["id"]!.GetValue<string>(), name } }))["updateBrand"]!;
            Assert.Null(cleared["brand"]);
            var error = Assert.Single((JsonArray)cleared["errors"]!)!;
            Assert.Equal("name", error["field"]!.GetValue<string>());
            Assert.Equal("BAD_USER_INPUT", error["code"]!.GetValue<string>());
        }

        var wrongType = await hub.Admin.PostAsync(Create, new { input = new { name = "错类品牌", stationId = used["id"]!.GetValue<string>() } });
        Assert.NotNull(wrongType.Errors);

        var still = await hub.Admin.QueryAsync("query($id: ID!) { node(id: $id) { ... on Brand { name } } }", new { id = used["id"]!.GetValue<string>() });
        Assert.Equal(used["name"]!.GetValue<string>(), still["node"]!["name"]!.GetValue<string>());
    }
}

public sealed class BrandRegistryOnSqlite(SqliteDemoHub hub) : BrandRegistryTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class BrandRegistryOnMariaDb(MariaDbDemoHub hub) : BrandRegistryTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

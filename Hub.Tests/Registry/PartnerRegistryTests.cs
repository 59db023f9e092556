using System.Text.Json.Nodes;
using Hub.Data.Organizations;
using Hub.Schema.Access;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Registry;

/// <summary>
/// <c>createPartner</c>, <c>updatePartner</c> and <c>deletePartner</c> over the real endpoint: a partner is created with
/// its link to a station, station staff keep their own station's partners and no other's, a partner that
/// contributions, activities or community funds name is IN_USE, bad input stores nothing. On both databases.
/// </summary>
public abstract class PartnerRegistryTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Selection = "partner { id name kind creditCode description region { code } } errors { field code message }";
    private const string Create = "mutation($input: CreatePartnerInput!) { createPartner(input: $input) { " + Selection + " } }";
    private const string Update = "mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { " + Selection + " } }";
    private const string Delete = "mutation($id: ID!) { deletePartner(id: $id) { " + Selection + " } }";
    private const string PartnersOf = "query($id: ID!) { station(id: $id) { partners { id name description } } }";

    [Fact]
    public async Task Station_staff_create_patch_and_delete_their_own_stations_partner()
    {
        var (station, _) = await hub.Client.StationAsync(0);
        var region = (await hub.Client.QueryAsync("{ region(code: \"370102000000\") { id } }"))["region"]!["id"]!.GetValue<string>();
        var code = CreditCode("9137010200000011");
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(station, "Station"));
        var created = (await staff.QueryAsync(Create, new { input = new { name = "泉城爱心药房", stationId = station, kind = "SHOP", creditCode = code.ToLowerInvariant(), description = "捐赠药品", regionId = region } }))["createPartner"]!;
        Assert.Empty((JsonArray)created["errors"]!);
        var partner = created["partner"]!;
        Assert.Equal(code, partner["creditCode"]!.GetValue<string>());
        Assert.Equal("SHOP", partner["kind"]!.GetValue<string>());
        Assert.Equal("370102000000", partner["region"]!["code"]!.GetValue<string>());
        var id = partner["id"]!.GetValue<string>();
        var linked = await hub.Admin.QueryAsync(PartnersOf, new { id = station });
        Assert.Contains((JsonArray)linked["station"]!["partners"]!, p => p!["id"]!.GetValue<string>() == id);

        var patched = (await staff.QueryAsync(Update, new { input = new { id, kind = "ENTERPRISE", creditCode = (string?)null, regionId = (string?)null } }))["updatePartner"]!;
        Assert.Empty((JsonArray)patched["errors"]!);
        Assert.Equal("ENTERPRISE", patched["partner"]!["kind"]!.GetValue<string>());
        Assert.Null(patched["partner"]!["creditCode"]);
        Assert.Null(patched["partner"]!["region"]);
        Assert.Equal("泉城爱心药房", patched["partner"]!["name"]!.GetValue<string>());
        Assert.Equal("捐赠药品", patched["partner"]!["description"]!.GetValue<string>());

        var deleted = (await staff.QueryAsync(Delete, new { id }))["deletePartner"]!;
        Assert.Empty((JsonArray)deleted["errors"]!);
        Assert.Equal("泉城爱心药房", deleted["partner"]!["name"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", (await hub.Admin.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id })).FirstErrorCode);
        var unlinked = await hub.Admin.QueryAsync(PartnersOf, new { id = station });
        Assert.DoesNotContain((JsonArray)unlinked["station"]!["partners"]!, p => p!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Another_stations_partner_is_refused_and_stays_as_it_was()
    {
        var (own, _) = await hub.Client.StationAsync(0);
        var (other, _) = await hub.Client.StationAsync(1);
        var theirs = (await hub.Admin.QueryAsync(Create, new { input = new { name = "别站超市", stationId = other, kind = "SHOP", description = "原样" } }))["createPartner"]!["partner"]!["id"]!.GetValue<string>();
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(own, "Station"));

        Assert.Equal("FORBIDDEN", (await staff.PostAsync(Create, new { input = new { name = "越权伙伴", stationId = other, kind = "SHOP" } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await staff.PostAsync(Update, new { input = new { id = theirs, description = "改了" } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await staff.PostAsync(Delete, new { id = theirs })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await hub.ClientAs(HubRole.Analyst, regionCode: "370102000000").PostAsync(Create, new { input = new { name = "分析员伙伴", stationId = own, kind = "SHOP" } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await hub.ClientAs(HubRole.Partner).PostAsync(Update, new { input = new { id = theirs, description = "伙伴改了" } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await hub.ClientAs(HubRole.Partner).PostAsync(Delete, new { id = theirs })).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await hub.Client.PostAsync(Create, new { input = new { name = "匿名伙伴", stationId = own, kind = "SHOP" } })).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await hub.Client.PostAsync(Delete, new { id = theirs })).FirstErrorCode);

        var read = await hub.Admin.QueryAsync(
            "query($id: ID!, $a: ID!, $b: ID!) { node(id: $id) { ... on ResourcePartner { description } } a: station(id: $a) { partners { name } } b: station(id: $b) { partners { name } } }",
            new { id = theirs, a = own, b = other });
        Assert.Equal("原样", read["node"]!["description"]!.GetValue<string>());
        var names = ((JsonArray)read["a"]!["partners"]!).Concat((JsonArray)read["b"]!["partners"]!).Select(p => p!["name"]!.GetValue<string>());
        Assert.DoesNotContain(names, n => n is "越权伙伴" or "分析员伙伴" or "匿名伙伴");
    }

    [Fact]
    public async Task A_partner_named_by_contributions_activities_or_funds_is_in_use()
    {
        var contributed = (await hub.Admin.QueryAsync("{ stations(first: 50) { nodes { contributions { partner { id } } } } }"))["stations"]!["nodes"]!.AsArray()
            .SelectMany(s => (JsonArray)s!["contributions"]!).First()!["partner"]!["id"]!.GetValue<string>();
        var byContribution = (await hub.Admin.QueryAsync(Delete, new { id = contributed }))["deletePartner"]!;
        Assert.Null(byContribution["partner"]);
        Assert.Equal("IN_USE", byContribution["errors"]![0]!["code"]!.GetValue<string>());

        var funded = (await hub.Admin.QueryAsync("{ stations(first: 50) { nodes { communityFunds { foundation { id } } } } }"))["stations"]!["nodes"]!.AsArray()
            .SelectMany(s => (JsonArray)s!["communityFunds"]!).First(f => f!["foundation"] is not null)!["foundation"]!["id"]!.GetValue<string>();
        Assert.Equal("IN_USE", (await hub.Admin.QueryAsync(Delete, new { id = funded }))["deletePartner"]!["errors"]![0]!["code"]!.GetValue<string>());

        var (station, _) = await hub.Client.StationAsync(0);
        var partner = (await hub.Admin.QueryAsync(Create, new { input = new { name = "活动合作医院", stationId = station, kind = "HOSPITAL" } }))["createPartner"]!["partner"]!["id"]!.GetValue<string>();
        var recorded = await hub.Admin.QueryAsync(ActivityRecording.RecordMutation, new { input = new { stationId = station, kind = "VOLUNTEER_SERVICE", title = "义诊", occurredOn = "2025-03-01", partnerIds = new[] { partner } } });
        Assert.Empty((JsonArray)recorded["recordActivity"]!["errors"]!);
        var byActivity = (await hub.Admin.QueryAsync(Delete, new { id = partner }))["deletePartner"]!;
        Assert.Equal("IN_USE", byActivity["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Contains("1 activity", byActivity["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var still = await hub.Admin.QueryAsync("query($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } }", new { a = contributed, b = partner });
        Assert.NotNull(still["a"]);
        Assert.NotNull(still["b"]);
    }

    [Fact]
    public async Task Bad_input_is_a_field_error_and_stores_nothing()
    {
        var (station, _) = await hub.Client.StationAsync(0);
        var code = CreditCode("9137010200000022");
        var first = (await hub.Admin.QueryAsync(Create, new { input = new { name = "同名五金店", stationId = station, kind = "SHOP", creditCode = code } }))["createPartner"]!;
        Assert.Empty((JsonArray)first["errors"]!);

        var refused = (await hub.Admin.QueryAsync(Create, new
        {
            input = new { name = " ", stationId = station, kind = "SHOP", creditCode = code[..17] + (code[17] == '1' ? '2' : '1'), description = new string('长', 2001), regionId = GlobalId.Of("Region", 987_654) },
        }))["createPartner"]!;
        Assert.Null(refused["partner"]);
        Assert.Equal(["creditCode", "description", "name", "regionId"], ((JsonArray)refused["errors"]!).Select(e => e!["field"]!.GetValue<string>()).Order());
        Assert.Equal("NOT_FOUND", ((JsonArray)refused["errors"]!).Single(e => e!["field"]!.GetValue<string>() == "regionId")!["code"]!.GetValue<string>());

        var duplicate = (await hub.Admin.QueryAsync(Create, new { input = new { name = "同名五金店", stationId = station, kind = "SHOP", creditCode = code } }))["createPartner"]!;
        Assert.Equal(["creditCode:DUPLICATE", "name:DUPLICATE"], ((JsonArray)duplicate["errors"]!).Select(e => e!["field"]!.GetValue<string>() + ":" + e["code"]!.GetValue<string>()).Order());
        var noStation = (await hub.Admin.QueryAsync(Create, new { input = new { name = "无站伙伴", stationId = GlobalId.Of("Station", 987_654), kind = "SHOP" } }))["createPartner"]!;
        Assert.Equal("NOT_FOUND", noStation["errors"]![0]!["code"]!.GetValue<string>());

        var id = first["partner"]!["id"]!.GetValue<string>();
        var cleared = (await hub.Admin.QueryAsync(Update, new { input = new { id, name = (string?)null, kind = (string?)null, description = "不该存下" } }))["updatePartner"]!;
        Assert.Null(cleared["partner"]);
        Assert.Equal(["kind", "name"], ((JsonArray)cleared["errors"]!).Select(e => e!["field"]!.GetValue<string>()).Order());

        var read = await hub.Admin.QueryAsync(PartnersOf, new { id = station });
        var partners = (JsonArray)read["station"]!["partners"]!;
        var stored = Assert.Single(partners, p => p!["name"]!.GetValue<string>() == "同名五金店");
        Assert.Null(stored!["description"]);
        Assert.DoesNotContain(partners, p => p!["name"]!.GetValue<string>() == "无站伙伴");
    }

    /// <summary>A well-formed credit code: 16 characters, an X, then the check character.</summary>
    private static string CreditCode(string first16) => first16 + "X" is var first17 ? first17 + UnifiedSocialCreditCode.CheckCharacter(first17) : "";
}

public sealed class PartnerRegistryOnSqlite(SqliteDemoHub hub) : PartnerRegistryTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class PartnerRegistryOnMariaDb(MariaDbDemoHub hub) : PartnerRegistryTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

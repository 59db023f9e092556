using System.Text.Json.Nodes;
using Hub.Schema.Access;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Stations;

/// <summary>
/// A station's contact block over the real endpoint: written through createStation and updateStation as a patch, phone
/// and email checked field by field with nothing stored on a fault, edited by the station's own staff, and shown to
/// the public and partners only when the station keeps it PUBLIC; an INTERNAL block reads as null, without an error,
/// to everyone who may not read the station's internal fields. On both databases.
/// </summary>
public abstract class StationContactTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Contact = "contact { person phone email address visibility }";
    private const string Create = "mutation($input: CreateStationInput!) { createStation(input: $input) { station { id " + Contact + " } errors { field code message } } }";
    private const string Update = "mutation($input: UpdateStationInput!) { updateStation(input: $input) { station { id " + Contact + " } errors { field code message } } }";
    private const string Read = "query($id: ID!) { station(id: $id) { name " + Contact + " } }";
    private const string Street = "370102002000";

    [Fact]
    public async Task A_contact_block_is_written_read_back_and_patched_field_by_field()
    {
        var created = await CreateAsync("联系社工站", new { contactPerson = " 王老师 ", contactPhone = "0531-88886666", contactEmail = "lianxi@example.org", contactAddress = "历下区千佛山路1号二楼" });
        var contact = (await hub.Admin.QueryAsync(Read, new { id = created }))["station"]!["contact"]!;
        Assert.Equal("王老师", contact["person"]!.GetValue<string>());
        Assert.Equal("0531-88886666", contact["phone"]!.GetValue<string>());
        Assert.Equal("lianxi@example.org", contact["email"]!.GetValue<string>());
        Assert.Equal("历下区千佛山路1号二楼", contact["address"]!.GetValue<string>());
        Assert.Equal("INTERNAL", contact["visibility"]!.GetValue<string>());

        // Absent stays, null clears, a value replaces.
        var patched = (await hub.Admin.QueryAsync(Update, new { input = new { id = created, contactPhone = "+86 138 0013 8000", contactEmail = (string?)null, contactVisibility = "PUBLIC" } }))["updateStation"]!;
        Assert.Empty((JsonArray)patched["errors"]!);
        contact = patched["station"]!["contact"]!;
        Assert.Equal("王老师", contact["person"]!.GetValue<string>());
        Assert.Equal("+86 138 0013 8000", contact["phone"]!.GetValue<string>());
        Assert.Null(contact["email"]);
        Assert.Equal("PUBLIC", contact["visibility"]!.GetValue<string>());

        var cleared = (await hub.Admin.QueryAsync(Update, new { input = new { id = created, contactPerson = (string?)null, contactPhone = (string?)null, contactAddress = (string?)null } }))["updateStation"]!;
        Assert.Null(cleared["station"]!["contact"]);
    }

    [Fact]
    public async Task A_bad_phone_or_email_is_refused_by_field_and_stores_nothing()
    {
        var id = await CreateAsync("校验社工站", new { contactPhone = "0531-12345678", contactEmail = "ok@example.org" });
        var refused = (await hub.Admin.QueryAsync(Update, new { input = new { id, contactPhone = "call me", contactEmail = "a@b", contactPerson = "李四", contactVisibility = (string?)null } }))["updateStation"]!;
        Assert.Null(refused["station"]);
        var errors = ((JsonArray)refused["errors"]!).ToDictionary(e => e!["field"]!.GetValue<string>(), e => (Code: e!["code"]!.GetValue<string>(), Message: e["message"]!.GetValue<string>()));
        Assert.Equal(["contactEmail", "contactPhone", "contactVisibility"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(errors.Values, e => Assert.Equal("BAD_USER_INPUT", e.Code));
        Assert.Contains("call me", errors["contactPhone"].Message, StringComparison.Ordinal);

        foreach (var (phone, email) in new[] { ("12", "x@example.org"), ("0531-8888-6666-1234-5678-9999", "two@@example.org"), ("0531+88886666", "spaces in@example.org"), ("(0531) 8888 6666", "<a@example.org>") })
        {
            var bad = (await hub.Admin.QueryAsync(Create, new { input = new { name = "坏号码社工站", kind = "STREET", regionId = await RegionIdAsync(Street), contactPhone = phone, contactEmail = email } }))["createStation"]!;
            Assert.Null(bad["station"]);
            Assert.Contains(phone == "(0531) 8888 6666" ? "contactEmail" : "contactPhone", ((JsonArray)bad["errors"]!).Select(e => e!["field"]!.GetValue<string>()));
        }

        var stored = (await hub.Admin.QueryAsync(Read, new { id }))["station"]!["contact"]!;
        Assert.Equal("0531-12345678", stored["phone"]!.GetValue<string>());
        Assert.Equal("ok@example.org", stored["email"]!.GetValue<string>());
        Assert.Null(stored["person"]);
        var count = await hub.Admin.QueryAsync("{ stations(where: { name: { eq: \"坏号码社工站\" } }) { totalCount } }");
        Assert.Equal(0, count["stations"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_internal_block_is_seen_by_admin_analyst_in_scope_and_own_staff_and_by_nobody_else()
    {
        var id = await CreateAsync("内部联系社工站", new { contactPerson = "内部联系人", contactPhone = "13800138000" });
        var other = await CreateAsync("另一社工站", new { });
        var stationId = GlobalId.IdOf(id, "Station");
        var readers = new (string Who, GraphQLClient Client, bool Sees)[]
        {
            ("public", hub.Client, false),
            ("partner", hub.ClientAs(HubRole.Partner), false),
            ("other station's staff", hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(other, "Station")), false),
            ("analyst of another city", hub.ClientAs(HubRole.Analyst, regionCode: "370200000000"), false),
            ("own staff", hub.ClientAs(HubRole.StationStaff, stationId: stationId), true),
            ("analyst of the district", hub.ClientAs(HubRole.Analyst, regionCode: "370102000000"), true),
            ("admin", hub.Admin, true),
        };
        foreach (var (who, client, sees) in readers)
        {
            var response = await client.PostAsync(Read, new { id });
            Assert.True(response.Errors is null, $"{who}: {response.Body}");
            Assert.True(sees == response.Data!["station"]!["contact"] is not null, $"{who}: {response.Body}");
        }

        // Made PUBLIC, the block is everyone's.
        var published = (await hub.Admin.QueryAsync(Update, new { input = new { id, contactVisibility = "PUBLIC" } }))["updateStation"]!;
        Assert.Empty((JsonArray)published["errors"]!);
        var seen = (await hub.Client.QueryAsync(Read, new { id }))["station"]!["contact"]!;
        Assert.Equal(("内部联系人", "13800138000", "PUBLIC"), (seen["person"]!.GetValue<string>(), seen["phone"]!.GetValue<string>(), seen["visibility"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Station_staff_edit_their_own_stations_contact_block_and_not_another_ones()
    {
        var id = await CreateAsync("员工联系社工站", new { });
        var other = await CreateAsync("员工别的社工站", new { contactPerson = "原联系人" });
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(id, "Station"));

        var own = (await staff.QueryAsync(Update, new { input = new { id, contactPerson = "站长", contactEmail = "zhan@example.org", contactVisibility = "PUBLIC" } }))["updateStation"]!;
        Assert.Empty((JsonArray)own["errors"]!);
        Assert.Equal("站长", own["station"]!["contact"]!["person"]!.GetValue<string>());

        var foreign = await staff.PostAsync(Update, new { input = new { id = other, contactPerson = "越权" } });
        Assert.Contains("FORBIDDEN", foreign.Body, StringComparison.Ordinal);
        var kept = (await hub.Admin.QueryAsync(Read, new { id = other }))["station"]!["contact"]!;
        Assert.Equal("原联系人", kept["person"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_listing_of_stations_with_their_contact_blocks_costs_an_analyst_one_statement_more_and_the_public_none()
    {
        const string listing = "{ stations(first: 50) { nodes { name contact { phone } } } }";
        const string bare = "{ stations(first: 50) { nodes { name } } }";
        await CreateAsync("计数联系社工站", new { contactPhone = "0531-66668888" });
        var analyst = hub.ClientAs(HubRole.Analyst, regionCode: "370102000000");

        var publicListing = await hub.Client.PostAsync(listing);
        var publicBare = await hub.Client.PostAsync(bare);
        var analystListing = await analyst.PostAsync(listing);
        var analystBare = await analyst.PostAsync(bare);

        Assert.Null(publicListing.Errors);
        Assert.Null(analystListing.Errors);
        Assert.Equal(publicBare.SqlStatements, publicListing.SqlStatements);
        Assert.Equal(analystBare.SqlStatements + 1, analystListing.SqlStatements);
        Assert.Contains("0531-66668888", analystListing.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("0531-66668888", publicListing.Body, StringComparison.Ordinal);
    }

    private async Task<string> CreateAsync(string name, object contact)
    {
        var input = new JsonObject { ["name"] = name, ["kind"] = "STREET", ["regionId"] = await RegionIdAsync(Street) };
        foreach (var (key, value) in System.Text.Json.JsonSerializer.SerializeToNode(contact)!.AsObject())
        {
            input[key] = value?.DeepClone();
        }

        var created = (await hub.Admin.QueryAsync(Create, new { input }))["createStation"]!;
        Assert.Empty((JsonArray)created["errors"]!);
        return created["station"]!["id"]!.GetValue<string>();
    }

    private async Task<string> RegionIdAsync(string code) =>
        (await hub.Client.QueryAsync("query($code: String!) { region(code: $code) { id } }", new { code }))["region"]!["id"]!.GetValue<string>();
}

public sealed class StationContactOnSqlite(SqliteDemoHub hub) : StationContactTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class StationContactOnMariaDb(MariaDbDemoHub hub) : StationContactTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

using System.Net;
using System.Text.Json.Nodes;
using Hub.Schema.Access;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Registry;

/// <summary>
/// <c>createProject</c>, <c>updateProject</c> and <c>deleteProject</c> over the real endpoint: station staff keep their
/// own station's projects, a project's brand and communities are its station's, lists replace whole, a project that
/// activities name is IN_USE, bad input stores nothing, and a public project shows in the anonymous listing at once.
/// On both databases.
/// </summary>
public abstract class ProjectRegistryTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Selection = """
        project {
          id name kind summary targetGroups serviceAreas supportSought startsOn endsOn funding status visibility
          station { id } brand { id } communities { code }
          components { name kind description parentName } results { kind title unit baseline target actual }
        }
        errors { field code message }
        """;

    private const string Create = "mutation($input: CreateProjectInput!) { createProject(input: $input) { " + Selection + " } }";
    private const string Update = "mutation($input: UpdateProjectInput!) { updateProject(input: $input) { " + Selection + " } }";
    private const string Delete = "mutation($id: ID!) { deleteProject(id: $id) { " + Selection + " } }";

    /// <summary>千佛山 (a street station with four communities in the demo data).</summary>
    private const string OwnStationCode = "370102002000-01";

    /// <summary>二七 (another street station of the same city).</summary>
    private const string OtherStationCode = "370103008000-01";

    private static readonly string[] ElderlyAlone = ["ELDERLY", "ELDERLY_LIVING_ALONE"];
    private static readonly string[] CareAndParticipation = ["COMMUNITY_CARE", "COMMUNITY_PARTICIPATION"];
    private static readonly string[] FundsAndVolunteers = ["FUNDS", "VOLUNTEERS"];
    private static readonly string[] Women = ["WOMEN"];
    private static readonly string[] Elderly = ["ELDERLY"];
    private static readonly string[] Goods = ["GOODS"];

    [Fact]
    public async Task Station_staff_create_patch_and_delete_their_own_stations_project()
    {
        var station = await StationIdAsync(OwnStationCode);
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(station, "Station"));
        var brand = (await staff.QueryAsync("mutation($input: CreateBrandInput!) { createBrand(input: $input) { brand { id } } }", new { input = new { name = "项目测试品牌", stationId = station } }))["createBrand"]!["brand"]!["id"]!.GetValue<string>();
        var east = await RegionIdAsync("370102002003");
        var west = await RegionIdAsync("370102002005");

        var created = (await staff.QueryAsync(Create, new
        {
            input = new
            {
                name = "乐龄学堂",
                stationId = station,
                kind = "PLAN",
                brandId = brand,
                summary = "老年人学习与互助",
                targetGroups = ElderlyAlone,
                serviceAreas = CareAndParticipation,
                supportSought = FundsAndVolunteers,
                communityIds = new[] { west, east, west },
                startsOn = "2025-01-01",
                endsOn = "2025-12-31",
                funding = 50000.50m,
                status = "IMPLEMENTATION",
                visibility = "INTERNAL",
                components = new object[]
                {
                    new { name = "老有所学", kind = "BLOCK", description = "课程板块" },
                    new { name = "书法小组", kind = "GROUP", parentName = "老有所学" },
                },
                results = new[] { new { kind = "OUTPUT", title = "服务人次", unit = "人次", baseline = 0m, target = 500.5m, actual = 120.25m } },
            },
        }))["createProject"]!;
        Assert.Empty((JsonArray)created["errors"]!);
        var project = created["project"]!;
        Assert.Equal("PLAN", project["kind"]!.GetValue<string>());
        Assert.Equal(station, project["station"]!["id"]!.GetValue<string>());
        Assert.Equal(brand, project["brand"]!["id"]!.GetValue<string>());
        Assert.Equal(["ELDERLY", "ELDERLY_LIVING_ALONE"], Strings(project["targetGroups"]));
        Assert.Equal(["COMMUNITY_CARE", "COMMUNITY_PARTICIPATION"], Strings(project["serviceAreas"]));
        Assert.Equal(["FUNDS", "VOLUNTEERS"], Strings(project["supportSought"]));
        Assert.Equal(["370102002003", "370102002005"], ((JsonArray)project["communities"]!).Select(c => c!["code"]!.GetValue<string>()));
        Assert.Equal(50000.50m, project["funding"]!.GetValue<decimal>());
        Assert.Equal("IMPLEMENTATION", project["status"]!.GetValue<string>());
        Assert.Equal("INTERNAL", project["visibility"]!.GetValue<string>());
        Assert.Equal(["老有所学", "书法小组"], ((JsonArray)project["components"]!).Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal("老有所学", project["components"]![1]!["parentName"]!.GetValue<string>());
        Assert.Equal(500.5m, project["results"]![0]!["target"]!.GetValue<decimal>());
        Assert.Equal(120.25m, project["results"]![0]!["actual"]!.GetValue<decimal>());

        // A patch: what it leaves out stays, null clears, a list sent replaces the whole list.
        var id = project["id"]!.GetValue<string>();
        var patched = (await staff.QueryAsync(Update, new
        {
            input = new
            {
                id,
                summary = (string?)null,
                targetGroups = Women,
                communityIds = new[] { east },
                brandId = (string?)null,
                results = (object?)null,
                components = new object[]
                {
                    new { name = "乐龄课堂", kind = "BLOCK" },
                    new { name = "太极小组", kind = "GROUP", parentName = "乐龄课堂" },
                    new { name = "合唱小组", kind = "GROUP", parentName = "乐龄课堂" },
                },
            },
        }))["updateProject"]!;
        Assert.Empty((JsonArray)patched["errors"]!);
        project = patched["project"]!;
        Assert.Null(project["summary"]);
        Assert.Null(project["brand"]);
        Assert.Equal(["WOMEN"], Strings(project["targetGroups"]));
        Assert.Equal(["COMMUNITY_CARE", "COMMUNITY_PARTICIPATION"], Strings(project["serviceAreas"]));
        Assert.Equal(["370102002003"], ((JsonArray)project["communities"]!).Select(c => c!["code"]!.GetValue<string>()));
        Assert.Equal(["乐龄课堂", "太极小组", "合唱小组"], ((JsonArray)project["components"]!).Select(c => c!["name"]!.GetValue<string>()));
        Assert.Empty((JsonArray)project["results"]!);
        Assert.Equal("乐龄学堂", project["name"]!.GetValue<string>());
        Assert.Equal(50000.50m, project["funding"]!.GetValue<decimal>());
        Assert.Equal("2025-12-31", project["endsOn"]!.GetValue<string>());

        // Read back in a new request: what the payload showed is what was stored.
        var read = await hub.Admin.QueryAsync("query($id: ID!) { node(id: $id) { ... on Project { name targetGroups components { name parentName } results { title } communities { code } } } }", new { id });
        Assert.Equal(["WOMEN"], Strings(read["node"]!["targetGroups"]));
        Assert.Equal(["乐龄课堂", "太极小组", "合唱小组"], ((JsonArray)read["node"]!["components"]!).Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal("乐龄课堂", read["node"]!["components"]![2]!["parentName"]!.GetValue<string>());
        Assert.Empty((JsonArray)read["node"]!["results"]!);

        var deleted = (await staff.QueryAsync(Delete, new { id }))["deleteProject"]!;
        Assert.Empty((JsonArray)deleted["errors"]!);
        Assert.Equal("乐龄学堂", deleted["project"]!["name"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", (await hub.Admin.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id })).FirstErrorCode);

        // The brand no longer carries it, so the brand itself may go.
        var brandGone = (await staff.QueryAsync("mutation($id: ID!) { deleteBrand(id: $id) { errors { code } } }", new { id = brand }))["deleteBrand"]!;
        Assert.Empty((JsonArray)brandGone["errors"]!);
    }

    [Fact]
    public async Task A_public_project_shows_in_the_anonymous_listing_at_once_and_leaves_it_when_made_internal()
    {
        var station = await StationIdAsync(OwnStationCode);
        var listing = "{ publicProjects(where: { name: { eq: \"邻里食堂公开项目\" } }, first: 5) { totalCount nodes { id name stationName targetGroups supportSought status } } }";

        using var before = await hub.Client.Http.SendAsync(Get(listing));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var tag = before.Headers.ETag!.Tag;
        Assert.Contains("\"totalCount\":0", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var created = (await hub.Admin.QueryAsync(Create, new
        {
            input = new { name = "邻里食堂公开项目", stationId = station, targetGroups = Elderly, supportSought = Goods, status = "PIPELINE" },
        }))["createProject"]!;
        Assert.Empty((JsonArray)created["errors"]!);
        Assert.Equal("PUBLIC", created["project"]!["visibility"]!.GetValue<string>());
        var id = created["project"]!["id"]!.GetValue<string>();

        // The tag is a hash of the answer, computed per request: the new project changes the answer, so a client
        // holding the old tag gets the new listing, not a 304.
        using var after = await hub.Client.Http.SendAsync(Get(listing, tag));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(tag, after.Headers.ETag!.Tag);
        var node = JsonNode.Parse(await after.Content.ReadAsStringAsync())!["data"]!["publicProjects"]!["nodes"]![0]!;
        Assert.Equal(id, node["id"]!.GetValue<string>());
        Assert.Equal(["ELDERLY"], Strings(node["targetGroups"]));
        Assert.Equal(["GOODS"], Strings(node["supportSought"]));

        Assert.Empty((JsonArray)(await hub.Admin.QueryAsync(Update, new { input = new { id, visibility = "INTERNAL" } }))["updateProject"]!["errors"]!);
        using var hidden = await hub.Client.Http.SendAsync(Get(listing, after.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.OK, hidden.StatusCode);
        Assert.Contains("\"totalCount\":0", await hidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_stations_project_is_refused_and_stays_as_it_was()
    {
        var own = await StationIdAsync(OwnStationCode);
        var other = await StationIdAsync(OtherStationCode);
        var theirs = (await hub.Admin.QueryAsync(Create, new { input = new { name = "别站项目", stationId = other, funding = 1000m } }))["createProject"]!["project"]!["id"]!.GetValue<string>();
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(own, "Station"));

        Assert.Equal("FORBIDDEN", (await staff.PostAsync(Create, new { input = new { name = "越权项目", stationId = other } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await staff.PostAsync(Update, new { input = new { id = theirs, name = "改名", funding = 1m } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await staff.PostAsync(Delete, new { id = theirs })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await hub.ClientAs(HubRole.Analyst, regionCode: "370100000000").PostAsync(Create, new { input = new { name = "分析员项目", stationId = own } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await hub.ClientAs(HubRole.Analyst, regionCode: "370100000000").PostAsync(Delete, new { id = theirs })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await hub.ClientAs(HubRole.Partner).PostAsync(Update, new { input = new { id = theirs, name = "伙伴改名" } })).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await hub.Client.PostAsync(Create, new { input = new { name = "匿名项目", stationId = own } })).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await hub.Client.PostAsync(Delete, new { id = theirs })).FirstErrorCode);

        // A project stays with its station: update has no stationId to move it with, for anybody.
        var move = await hub.Admin.PostAsync(Update, new { input = new { id = theirs, stationId = own } });
        Assert.NotNull(move.Errors);
        Assert.Null(move.Data?["updateProject"]);

        var read = await hub.Admin.QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Project { name funding station { id } } } projects(where: { name: { in: [\"越权项目\", \"分析员项目\", \"匿名项目\", \"改名\", \"伙伴改名\"] } }) { totalCount } }",
            new { id = theirs });
        Assert.Equal("别站项目", read["node"]!["name"]!.GetValue<string>());
        Assert.Equal(1000m, read["node"]!["funding"]!.GetValue<decimal>());
        Assert.Equal(other, read["node"]!["station"]!["id"]!.GetValue<string>());
        Assert.Equal(0, read["projects"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bad_input_is_a_field_error_for_every_bad_field_and_stores_nothing()
    {
        var own = await StationIdAsync(OwnStationCode);
        var other = await StationIdAsync(OtherStationCode);
        var theirBrand = (await hub.Admin.QueryAsync("mutation($input: CreateBrandInput!) { createBrand(input: $input) { brand { id } } }", new { input = new { name = "别站的品牌", stationId = other } }))["createBrand"]!["brand"]!["id"]!.GetValue<string>();
        var theirCommunity = await RegionIdAsync("370103008003");
        var ownStreet = await RegionIdAsync("370102002000");
        var ownCommunity = await RegionIdAsync("370102002009");
        var refused = (await hub.Admin.QueryAsync(Create, new
        {
            input = new
            {
                name = " ",
                stationId = own,
                brandId = theirBrand,
                communityIds = new[] { ownCommunity, theirCommunity, ownStreet, GlobalId.Of("Region", 987_654) },
                startsOn = "2025-06-01",
                endsOn = "2025-05-31",
                funding = 1.234m,
                components = new object[]
                {
                    new { name = "板块", kind = "BLOCK" },
                    new { name = "板块", kind = "BLOCK" },
                    new { name = "小组", kind = "GROUP", parentName = "后面的板块" },
                    new { name = "后面的板块", kind = "BLOCK" },
                },
                results = new object[] { new { kind = "OUTCOME", title = "", baseline = 0.12345m } },
            },
        }))["createProject"]!;
        Assert.Null(refused["project"]);
        var errors = ((JsonArray)refused["errors"]!).Select(e => (Field: e!["field"]!.GetValue<string>(), Code: e["code"]!.GetValue<string>())).OrderBy(e => e.Field, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                ("brandId", "BAD_USER_INPUT"),
                ("communityIds[1]", "BAD_USER_INPUT"),
                ("communityIds[2]", "BAD_USER_INPUT"),
                ("communityIds[3]", "NOT_FOUND"),
                ("components[1].name", "DUPLICATE"),
                ("components[2].parentName", "BAD_USER_INPUT"),
                ("endsOn", "BAD_USER_INPUT"),
                ("funding", "BAD_USER_INPUT"),
                ("name", "BAD_USER_INPUT"),
                ("results[0].baseline", "BAD_USER_INPUT"),
                ("results[0].title", "BAD_USER_INPUT"),
            ],
            errors);

        var noBrand = (await hub.Admin.QueryAsync(Create, new { input = new { name = "无品牌项目", stationId = own, brandId = GlobalId.Of("Brand", 987_654) } }))["createProject"]!;
        Assert.Equal("brandId", noBrand["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", noBrand["errors"]![0]!["code"]!.GetValue<string>());
        var noStation = (await hub.Admin.QueryAsync(Create, new { input = new { name = "无站项目", stationId = GlobalId.Of("Station", 987_654) } }))["createProject"]!;
        Assert.Equal("NOT_FOUND", noStation["errors"]![0]!["code"]!.GetValue<string>());
        var wrongType = await hub.Admin.PostAsync(Create, new { input = new { name = "错类项目", stationId = theirBrand } });
        Assert.NotNull(wrongType.Errors);

        // A patch is checked against what is stored: an end before the stored start, a required field cleared.
        var id = (await hub.Admin.QueryAsync(Create, new { input = new { name = "补丁项目", stationId = own, startsOn = "2025-03-01", funding = 200m } }))["createProject"]!["project"]!["id"]!.GetValue<string>();
        var badPatch = (await hub.Admin.QueryAsync(Update, new
        {
            input = new { id, name = (string?)null, visibility = (string?)null, endsOn = "2025-02-28", funding = -5m, brandId = theirBrand, communityIds = new[] { theirCommunity } },
        }))["updateProject"]!;
        Assert.Null(badPatch["project"]);
        Assert.Equal(
            ["brandId", "communityIds[0]", "endsOn", "funding", "name", "visibility"],
            ((JsonArray)badPatch["errors"]!).Select(e => e!["field"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var missing = (await hub.Admin.QueryAsync(Update, new { input = new { id = GlobalId.Of("Project", 987_654), name = "没有" } }))["updateProject"]!;
        Assert.Equal("NOT_FOUND", missing["errors"]![0]!["code"]!.GetValue<string>());

        var read = await hub.Admin.QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Project { name endsOn funding brand { id } communities { code } } } projects(where: { name: { in: [\"无品牌项目\", \"无站项目\", \"错类项目\", \" \", \"\"] } }) { totalCount } }",
            new { id });
        Assert.Equal("补丁项目", read["node"]!["name"]!.GetValue<string>());
        Assert.Null(read["node"]!["endsOn"]);
        Assert.Equal(200m, read["node"]!["funding"]!.GetValue<decimal>());
        Assert.Null(read["node"]!["brand"]);
        Assert.Empty((JsonArray)read["node"]!["communities"]!);
        Assert.Equal(0, read["projects"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_project_its_activities_name_is_in_use_and_stays()
    {
        var own = await StationIdAsync(OwnStationCode);
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(own, "Station"));
        var id = (await staff.QueryAsync(Create, new
        {
            input = new { name = "有活动的项目", stationId = own, components = new[] { new { name = "唯一板块", kind = "BLOCK" } } },
        }))["createProject"]!["project"]!["id"]!.GetValue<string>();
        await ActivityRecording.RecordAsync(staff, own, "GROUP_WORK", "项目小组活动", projectId: id);

        var inUse = (await staff.QueryAsync(Delete, new { id }))["deleteProject"]!;
        Assert.Null(inUse["project"]);
        Assert.Equal("id", inUse["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("IN_USE", inUse["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Contains("1 activity", inUse["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var still = await hub.Admin.QueryAsync("query($id: ID!) { node(id: $id) { ... on Project { name components { name } } } }", new { id });
        Assert.Equal("有活动的项目", still["node"]!["name"]!.GetValue<string>());
        Assert.Single((JsonArray)still["node"]!["components"]!);
        Assert.Equal("NOT_FOUND", (await staff.QueryAsync(Delete, new { id = GlobalId.Of("Project", 987_654) }))["deleteProject"]!["errors"]![0]!["code"]!.GetValue<string>());
    }

    private static HttpRequestMessage Get(string query, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return request;
    }

    private static string[] Strings(JsonNode? list) => ((JsonArray)list!).Select(v => v!.GetValue<string>()).ToArray();

    private async Task<string> StationIdAsync(string code) =>
        (await hub.Admin.QueryAsync("query($code: String!) { stationByCode(code: $code) { id } }", new { code }))["stationByCode"]!["id"]!.GetValue<string>();

    private async Task<string> RegionIdAsync(string code) =>
        (await hub.Admin.QueryAsync("query($code: String!) { region(code: $code) { id } }", new { code }))["region"]!["id"]!.GetValue<string>();
}

public sealed class ProjectRegistryOnSqlite(SqliteDemoHub hub) : ProjectRegistryTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class ProjectRegistryOnMariaDb(MariaDbDemoHub hub) : ProjectRegistryTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

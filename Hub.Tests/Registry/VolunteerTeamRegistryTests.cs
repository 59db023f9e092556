using System.Text.Json.Nodes;
using Hub.Schema.Access;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Registry;

/// <summary>
/// <c>createVolunteerTeam</c> and <c>updateVolunteerTeam</c> over the real endpoint: station staff keep their own
/// station's teams, a team's community lies within its station's region, bad input stores nothing. On both databases.
/// </summary>
public abstract class VolunteerTeamRegistryTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Selection = "volunteerTeam { id name focus members founded community { code } } errors { field code message }";
    private const string Create = "mutation($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) { " + Selection + " } }";
    private const string Update = "mutation($input: UpdateVolunteerTeamInput!) { updateVolunteerTeam(input: $input) { " + Selection + " } }";

    [Fact]
    public async Task Station_staff_register_and_patch_their_own_stations_team()
    {
        var station = (await hub.Admin.QueryAsync("{ stationByCode(code: \"370102002000-01\") { id region { id code } } }"))["stationByCode"]!;
        var stationId = station["id"]!.GetValue<string>();
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(stationId, "Station"));
        var created = (await staff.QueryAsync(Create, new
        {
            input = new { name = "银发互助志愿服务队", stationId, communityId = station["region"]!["id"]!.GetValue<string>(), focus = "助老", members = 18, founded = "2024-03" },
        }))["createVolunteerTeam"]!;
        Assert.Empty((JsonArray)created["errors"]!);
        var team = created["volunteerTeam"]!;
        Assert.Equal(18, team["members"]!.GetValue<int>());
        Assert.Equal(station["region"]!["code"]!.GetValue<string>(), team["community"]!["code"]!.GetValue<string>());

        var id = team["id"]!.GetValue<string>();
        var patched = (await staff.QueryAsync(Update, new { input = new { id, members = 21, communityId = (string?)null } }))["updateVolunteerTeam"]!;
        Assert.Empty((JsonArray)patched["errors"]!);
        Assert.Equal(21, patched["volunteerTeam"]!["members"]!.GetValue<int>());
        Assert.Null(patched["volunteerTeam"]!["community"]);
        Assert.Equal("助老", patched["volunteerTeam"]!["focus"]!.GetValue<string>());

        var read = await hub.Admin.QueryAsync("query($id: ID!) { station(id: $id) { volunteerTeams { name members } } }", new { id = stationId });
        Assert.Contains((JsonArray)read["station"]!["volunteerTeams"]!, t => t!["name"]!.GetValue<string>() == "银发互助志愿服务队" && t["members"]!.GetValue<int>() == 21);
    }

    [Fact]
    public async Task Bad_input_and_other_stations_are_refused_and_store_nothing()
    {
        var (own, _) = await hub.Client.StationAsync(0);
        var (other, _) = await hub.Client.StationAsync(1);
        var farAway = (await hub.Client.QueryAsync("{ region(code: \"370000000000\") { id } }"))["region"]!["id"]!.GetValue<string>();
        var refused = (await hub.Admin.QueryAsync(Create, new { input = new { name = "", stationId = own, communityId = farAway, members = -3, founded = "2024-99" } }))["createVolunteerTeam"]!;
        Assert.Null(refused["volunteerTeam"]);
        Assert.Equal(["communityId", "founded", "members", "name"], ((JsonArray)refused["errors"]!).Select(e => e!["field"]!.GetValue<string>()).Order());

        var team = (await hub.Admin.QueryAsync(Create, new { input = new { name = "清名服务队" + Guid.NewGuid().ToString("N")[..8], stationId = own } }))["createVolunteerTeam"]!["volunteerTeam"]!;
        var teamId = team["id"]!.GetValue<string>();
        // A cleared name is one error on name, not one from NotCleared and another from the required-text rule.
        var cleared = (await hub.Admin.QueryAsync(Update, new { input = new { id = teamId, name = (string?)null } }))["updateVolunteerTeam"]!;
        Assert.Null(cleared["volunteerTeam"]);
        var error = Assert.Single((JsonArray)cleared["errors"]!)!;
        Assert.Equal("name", error["field"]!.GetValue<string>());
        Assert.Equal("BAD_USER_INPUT", error["code"]!.GetValue<string>());
        var kept = await hub.Admin.QueryAsync("query($id: ID!) { node(id: $id) { ... on VolunteerTeam { name } } }", new { id = teamId });
        Assert.Equal(team["name"]!.GetValue<string>(), kept["node"]!["name"]!.GetValue<string>());

        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(own, "Station"));
        Assert.Equal("FORBIDDEN", (await staff.PostAsync(Create, new { input = new { name = "越权服务队", stationId = other } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await hub.ClientAs(HubRole.Analyst, regionCode: "370102000000").PostAsync(Create, new { input = new { name = "分析员服务队", stationId = own } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await hub.ClientAs(HubRole.Partner).PostAsync(Create, new { input = new { name = "伙伴服务队", stationId = own } })).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await hub.Client.PostAsync(Create, new { input = new { name = "匿名服务队", stationId = own } })).FirstErrorCode);

        var teams = await hub.Admin.QueryAsync("query($a: ID!, $b: ID!) { a: station(id: $a) { volunteerTeams { name } } b: station(id: $b) { volunteerTeams { name } } }", new { a = own, b = other });
        var names = ((JsonArray)teams["a"]!["volunteerTeams"]!).Concat((JsonArray)teams["b"]!["volunteerTeams"]!).Select(t => t!["name"]!.GetValue<string>());
        Assert.DoesNotContain(names, n => n.EndsWith("服务队", StringComparison.Ordinal) && (n.StartsWith("越权", StringComparison.Ordinal) || n.StartsWith("分析员", StringComparison.Ordinal) || n.StartsWith("伙伴", StringComparison.Ordinal) || n.StartsWith("匿名", StringComparison.Ordinal)));
    }
}

public sealed class VolunteerTeamRegistryOnSqlite(SqliteDemoHub hub) : VolunteerTeamRegistryTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class VolunteerTeamRegistryOnMariaDb(MariaDbDemoHub hub) : VolunteerTeamRegistryTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

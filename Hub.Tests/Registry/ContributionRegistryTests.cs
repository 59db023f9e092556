using System.Text.Json.Nodes;
using Hub.Schema.Access;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Registry;

/// <summary>
/// <c>createContribution</c> and <c>updateContribution</c> over the real endpoint: a contribution comes from a partner
/// of its station and goes to one of that station's projects, its value is money (two decimals), station staff keep
/// their own station's, bad input stores nothing. On both databases.
/// </summary>
public abstract class ContributionRegistryTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Selection = "contribution { id kind value contributedOn description partner { id } project { id } } errors { field code message }";
    private const string Create = "mutation($input: CreateContributionInput!) { createContribution(input: $input) { " + Selection + " } }";
    private const string Update = "mutation($input: UpdateContributionInput!) { updateContribution(input: $input) { " + Selection + " } }";
    private const string ContributionsOf = "query($id: ID!) { station(id: $id) { contributions { id kind value description } } }";

    [Fact]
    public async Task Station_staff_record_and_patch_their_own_stations_contribution()
    {
        var (station, project, partner) = await StationWithProjectAndPartnerAsync();
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(station, "Station"));
        var created = (await staff.QueryAsync(Create, new
        {
            input = new { stationId = station, partnerId = partner, kind = "FUNDS", projectId = project, value = 12345.5m, contributedOn = "2024-09-10", description = "资助助老餐" },
        }))["createContribution"]!;
        Assert.Empty((JsonArray)created["errors"]!);
        var contribution = created["contribution"]!;
        Assert.Equal("FUNDS", contribution["kind"]!.GetValue<string>());
        Assert.Equal(12345.5m, contribution["value"]!.GetValue<decimal>());
        Assert.Equal(partner, contribution["partner"]!["id"]!.GetValue<string>());
        var id = contribution["id"]!.GetValue<string>();
        Assert.Equal(project, contribution["project"]!["id"]!.GetValue<string>());

        var patched = (await staff.QueryAsync(Update, new { input = new { id, kind = "GOODS", value = (decimal?)null, projectId = (string?)null, description = "捐赠米面油" } }))["updateContribution"]!;
        Assert.Empty((JsonArray)patched["errors"]!);
        Assert.Equal("GOODS", patched["contribution"]!["kind"]!.GetValue<string>());
        Assert.Null(patched["contribution"]!["value"]);
        Assert.Equal("2024-09-10", patched["contribution"]!["contributedOn"]!.GetValue<string>());
        Assert.Null(patched["contribution"]!["project"]);

        var read = await hub.Admin.QueryAsync(ContributionsOf, new { id = station });
        Assert.Contains((JsonArray)read["station"]!["contributions"]!, c => c!["id"]!.GetValue<string>() == id && c["description"]!.GetValue<string>() == "捐赠米面油");
    }

    [Fact]
    public async Task Another_stations_contribution_is_refused_and_stays_as_it_was()
    {
        var (station, _, partner) = await StationWithProjectAndPartnerAsync();
        var theirs = (await hub.Admin.QueryAsync(Create, new { input = new { stationId = station, partnerId = partner, kind = "VENUE", value = 800m } }))["createContribution"]!["contribution"]!["id"]!.GetValue<string>();
        var otherStation = await OtherStationAsync(station);
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(otherStation, "Station"));

        Assert.Equal("FORBIDDEN", (await staff.PostAsync(Create, new { input = new { stationId = station, partnerId = partner, kind = "FUNDS", value = 1m } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await staff.PostAsync(Update, new { input = new { id = theirs, value = 1m } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await hub.ClientAs(HubRole.Analyst, regionCode: "370102000000").PostAsync(Update, new { input = new { id = theirs, value = 2m } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await hub.ClientAs(HubRole.Partner).PostAsync(Create, new { input = new { stationId = station, partnerId = partner, kind = "FUNDS", value = 3m } })).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await hub.Client.PostAsync(Update, new { input = new { id = theirs, value = 4m } })).FirstErrorCode);

        var read = await hub.Admin.QueryAsync(ContributionsOf, new { id = station });
        var contributions = (JsonArray)read["station"]!["contributions"]!;
        Assert.Equal(800m, contributions.Single(c => c!["id"]!.GetValue<string>() == theirs)!["value"]!.GetValue<decimal>());
        Assert.DoesNotContain(contributions, c => c!["value"]?.GetValue<decimal>() is 1m or 2m or 3m or 4m);
    }

    [Fact]
    public async Task Bad_input_is_a_field_error_and_stores_nothing()
    {
        var (station, _, partner) = await StationWithProjectAndPartnerAsync();
        var otherStation = await OtherStationAsync(station);
        var foreignProject = (await hub.Admin.QueryAsync("query($id: ID!) { projects(where: { station: { id: { neq: $id } } }, first: 1) { nodes { id } } }", new { id = station }))["projects"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var foreignPartner = (await hub.Admin.QueryAsync("mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }", new { input = new { name = "别站合作企业", stationId = otherStation, kind = "ENTERPRISE" } }))["createPartner"]!["partner"]!["id"]!.GetValue<string>();
        var before = ((JsonArray)(await hub.Admin.QueryAsync(ContributionsOf, new { id = station }))["station"]!["contributions"]!).Count;

        var refused = (await hub.Admin.QueryAsync(Create, new
        {
            input = new { stationId = station, partnerId = foreignPartner, kind = "FUNDS", projectId = foreignProject, value = 10.005m, contributedOn = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd"), description = new string('长', 2001) },
        }))["createContribution"]!;
        Assert.Null(refused["contribution"]);
        Assert.Equal(["contributedOn", "description", "partnerId", "projectId", "value"], ((JsonArray)refused["errors"]!).Select(e => e!["field"]!.GetValue<string>()).Order());
        Assert.All((JsonArray)refused["errors"]!, e => Assert.Equal("BAD_USER_INPUT", e!["code"]!.GetValue<string>()));

        var negative = (await hub.Admin.QueryAsync(Create, new { input = new { stationId = station, partnerId = GlobalId.Of("ResourcePartner", 987_654), kind = "FUNDS", value = -1m } }))["createContribution"]!;
        Assert.Equal(["partnerId:NOT_FOUND", "value:BAD_USER_INPUT"], ((JsonArray)negative["errors"]!).Select(e => e!["field"]!.GetValue<string>() + ":" + e["code"]!.GetValue<string>()).Order());
        Assert.NotNull((await hub.Admin.PostAsync(Create, new { input = new { stationId = station, partnerId = partner, kind = "MONEY" } })).Errors);

        var id = (await hub.Admin.QueryAsync(Create, new { input = new { stationId = station, partnerId = partner, kind = "VOLUNTEERS", value = 0m } }))["createContribution"]!["contribution"]!["id"]!.GetValue<string>();
        var cleared = (await hub.Admin.QueryAsync(Update, new { input = new { id, partnerId = (string?)null, kind = (string?)null, value = 99999999999m } }))["updateContribution"]!;
        Assert.Null(cleared["contribution"]);
        Assert.Equal(["kind", "partnerId", "value"], ((JsonArray)cleared["errors"]!).Select(e => e!["field"]!.GetValue<string>()).Order());

        var after = (JsonArray)(await hub.Admin.QueryAsync(ContributionsOf, new { id = station }))["station"]!["contributions"]!;
        Assert.Equal(before + 1, after.Count);
        var stored = after.Single(c => c!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("VOLUNTEERS", stored["kind"]!.GetValue<string>());
        Assert.Equal(0m, stored["value"]!.GetValue<decimal>());
    }

    /// <summary>A station with a project and a partner of its own (a new one, so that tests never share it).</summary>
    private async Task<(string Station, string Project, string Partner)> StationWithProjectAndPartnerAsync()
    {
        var project = (await hub.Admin.QueryAsync("{ projects(first: 1) { nodes { id station { id } } } }"))["projects"]!["nodes"]![0]!;
        var station = project["station"]!["id"]!.GetValue<string>();
        var partner = (await hub.Admin.QueryAsync(
            "mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }",
            new { input = new { name = "捐赠企业" + Guid.NewGuid().ToString("N")[..8], stationId = station, kind = "ENTERPRISE" } }))["createPartner"]!["partner"]!["id"]!.GetValue<string>();
        return (station, project["id"]!.GetValue<string>(), partner);
    }

    private async Task<string> OtherStationAsync(string station)
    {
        var (first, _) = await hub.Client.StationAsync(0);
        return first != station ? first : (await hub.Client.StationAsync(1)).Id;
    }
}

public sealed class ContributionRegistryOnSqlite(SqliteDemoHub hub) : ContributionRegistryTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class ContributionRegistryOnMariaDb(MariaDbDemoHub hub) : ContributionRegistryTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

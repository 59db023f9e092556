using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Schema.Access;
using Hub.Schema.Relay;
using Hub.Server.Cli;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Registry;

/// <summary>
/// <c>updateActivity</c> and <c>deleteActivity</c> over the real endpoint: a correction moves an activity's volunteer
/// figures between the months it touches, a deletion takes them out, the roll-up store stays equal to its base rows
/// (<c>verify-rollups</c>), station staff correct only their own station's activities, bad input stores nothing.
/// Each test keeps to a year of its own. On both databases.
/// </summary>
public abstract class ActivityCorrectionTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Selection = "activity { id title kind occurredOn place participants volunteers volunteerHours station { id } } errors { field code message }";
    private const string Record = "mutation($input: RecordActivityInput!) { recordActivity(input: $input) { activity { id } errors { field code message } } }";
    private const string Update = "mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { " + Selection + " } }";
    private const string Delete = "mutation($id: ID!) { deleteActivity(id: $id) { " + Selection + " } }";

    [Fact]
    public async Task A_correction_moves_the_figures_between_months_and_a_deletion_takes_them_out()
    {
        var (station, _) = await hub.Client.StationAsync(2);
        var district = await DistrictOfAsync(station);
        var districtYearBefore = await RegionValueAsync(district, "2019", "volunteer_hours") ?? 0m;
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(station, "Station"));
        var moved = await RecordAsync(staff, new { stationId = station, kind = "VOLUNTEER_SERVICE", title = "助老志愿服务", occurredOn = "2019-03-12", volunteers = 6, volunteerHours = 12.5m });
        await RecordAsync(staff, new { stationId = station, kind = "TRAINING", title = "志愿者培训", occurredOn = "2019-03-20", volunteers = 4, volunteerHours = 3m });
        Assert.Equal((15.5m, 10m, 1m), await FiguresAsync(station, "2019-03"));

        var corrected = (await staff.QueryAsync(Update, new { input = new { id = moved, occurredOn = "2019-04-02", volunteerHours = 10m, place = "千佛山东路社区" } }))["updateActivity"]!;
        Assert.Empty((JsonArray)corrected["errors"]!);
        Assert.Equal("2019-04-02", corrected["activity"]!["occurredOn"]!.GetValue<string>());
        Assert.Equal("助老志愿服务", corrected["activity"]!["title"]!.GetValue<string>());
        Assert.Equal(6, corrected["activity"]!["volunteers"]!.GetValue<int>());

        // March keeps the training only; April has the moved service; the quarters, the year and the district follow.
        Assert.Equal((3m, 4m, 0m), await FiguresAsync(station, "2019-03"));
        Assert.Equal((10m, 6m, 1m), await FiguresAsync(station, "2019-04"));
        Assert.Equal(3m, await hub.Client.StationValueAsync(station, "2019-Q1", "volunteer_hours"));
        Assert.Equal(10m, await hub.Client.StationValueAsync(station, "2019-Q2", "volunteer_hours"));
        Assert.Equal(13m, await hub.Client.StationValueAsync(station, "2019", "volunteer_hours"));
        Assert.Equal(districtYearBefore + 13m, await RegionValueAsync(district, "2019", "volunteer_hours"));
        await AssertRollupsEqualBaseRowsAsync();

        var deleted = (await staff.QueryAsync(Delete, new { id = moved }))["deleteActivity"]!;
        Assert.Empty((JsonArray)deleted["errors"]!);
        Assert.Equal(moved, deleted["activity"]!["id"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", (await hub.Admin.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = moved })).FirstErrorCode);

        // April had only the deleted activity: its derived figures are missing again, not zero.
        Assert.Equal((null, null, null), await FiguresAsync(station, "2019-04"));
        Assert.Null(await hub.Client.StationValueAsync(station, "2019-Q2", "volunteer_hours"));
        Assert.Equal(3m, await hub.Client.StationValueAsync(station, "2019", "volunteer_hours"));
        Assert.Equal(districtYearBefore + 3m, await RegionValueAsync(district, "2019", "volunteer_hours"));
        await AssertRollupsEqualBaseRowsAsync();
    }

    [Fact]
    public async Task A_patch_leaves_alone_what_it_does_not_name_and_a_hand_reported_figure_still_wins()
    {
        var (station, _) = await hub.Client.StationAsync(3);
        var project = (await hub.Admin.QueryAsync("query($id: ID!) { station(id: $id) { projects(first: 1) { nodes { id } } } }", new { id = station }))["station"]!["projects"]!["nodes"]!.AsArray().FirstOrDefault()?["id"]?.GetValue<string>();
        var partners = (await hub.Admin.QueryAsync("{ partners(first: 2) { nodes { id } } }"))["partners"]!["nodes"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).ToArray();
        var id = await RecordAsync(hub.Admin, new { stationId = station, kind = "GROUP_WORK", title = "亲子小组", occurredOn = "2018-05-06", place = "活动室", participants = 20, volunteers = 2, volunteerHours = 4m, projectId = project });
        var byHand = await hub.Admin.QueryAsync("""
            mutation($id: ID!) { submitObservations(input: { observations: [{ stationId: $id, indicator: "volunteer_hours", period: "2018-05", value: 99 }] }) { errors { message } } }
            """, new { id = station });
        Assert.Empty((JsonArray)byHand["submitObservations"]!["errors"]!);

        var patched = (await hub.Admin.QueryAsync(Update, new { input = new { id, title = " 亲子成长小组 ", place = (string?)null, volunteers = 5, partnerIds = partners } }))["updateActivity"]!;
        Assert.Empty((JsonArray)patched["errors"]!);
        var activity = patched["activity"]!;
        Assert.Equal("亲子成长小组", activity["title"]!.GetValue<string>());
        Assert.Null(activity["place"]);
        Assert.Equal(20, activity["participants"]!.GetValue<int>());
        Assert.Equal("GROUP_WORK", activity["kind"]!.GetValue<string>());
        Assert.Equal("2018-05-06", activity["occurredOn"]!.GetValue<string>());
        Assert.Equal(4m, activity["volunteerHours"]!.GetValue<decimal>());
        Assert.Equal(partners.Length, await PartnerCountAsync(id));

        // Hours stay the station's own report; the figures it did not report follow the correction.
        Assert.Equal((99m, 5m, 0m), await FiguresAsync(station, "2018-05"));

        var cleared = (await hub.Admin.QueryAsync(Update, new { input = new { id, partnerIds = (string[]?)null, projectId = (string?)null } }))["updateActivity"]!;
        Assert.Empty((JsonArray)cleared["errors"]!);
        Assert.Equal(0, await PartnerCountAsync(id));
        await AssertRollupsEqualBaseRowsAsync();
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_stores_nothing()
    {
        var (station, _) = await hub.Client.StationAsync(4);
        var id = await RecordAsync(hub.Admin, new { stationId = station, kind = "VOLUNTEER_SERVICE", title = "清洁家园", occurredOn = "2017-08-08", volunteers = 3, volunteerHours = 6m });
        var foreignProject = (await hub.Admin.QueryAsync("{ projects(first: 50) { nodes { id station { id } } } }"))["projects"]!["nodes"]!.AsArray()
            .First(p => p!["station"]!["id"]!.GetValue<string>() != station)!["id"]!.GetValue<string>();

        var refused = (await hub.Admin.QueryAsync(Update, new
        {
            input = new { id, title = "  ", occurredOn = "2099-01-01", volunteers = -1, volunteerHours = 1.234m, projectId = foreignProject, kind = (string?)null },
        }))["updateActivity"]!;
        Assert.Null(refused["activity"]);
        var errors = ((JsonArray)refused["errors"]!).ToDictionary(e => e!["field"]!.GetValue<string>(), e => e!["code"]!.GetValue<string>());
        Assert.Equal("BAD_USER_INPUT", errors["title"]);
        Assert.Equal("BAD_USER_INPUT", errors["occurredOn"]);
        Assert.Equal("BAD_USER_INPUT", errors["volunteers"]);
        Assert.Equal("BAD_USER_INPUT", errors["volunteerHours"]);
        Assert.Equal("BAD_USER_INPUT", errors["kind"]);
        Assert.Equal("NOT_FOUND", errors["projectId"]);

        var noTitle = (await hub.Admin.QueryAsync(Update, new { input = new { id, title = (string?)null } }))["updateActivity"]!;
        Assert.Equal(["title"], ((JsonArray)noTitle["errors"]!).Select(e => e!["field"]!.GetValue<string>()));
        var noDay = (await hub.Admin.QueryAsync(Update, new { input = new { id, occurredOn = (string?)null } }))["updateActivity"]!;
        Assert.Equal("occurredOn", noDay["errors"]![0]!["field"]!.GetValue<string>());
        var unknownPartner = (await hub.Admin.QueryAsync(Update, new { input = new { id, partnerIds = new[] { GlobalId.Of("ResourcePartner", 987_654) } } }))["updateActivity"]!;
        Assert.Equal("NOT_FOUND", unknownPartner["errors"]![0]!["code"]!.GetValue<string>());
        var missing = (await hub.Admin.QueryAsync(Delete, new { id = GlobalId.Of("Activity", 987_654) }))["deleteActivity"]!;
        Assert.Equal("NOT_FOUND", missing["errors"]![0]!["code"]!.GetValue<string>());
        Assert.NotNull((await hub.Admin.PostAsync(Delete, new { id = station })).Errors);

        var read = await hub.Admin.QueryAsync("query($id: ID!) { node(id: $id) { ... on Activity { title occurredOn volunteers } } }", new { id });
        Assert.Equal("清洁家园", read["node"]!["title"]!.GetValue<string>());
        Assert.Equal("2017-08-08", read["node"]!["occurredOn"]!.GetValue<string>());
        Assert.Equal((6m, 3m, 1m), await FiguresAsync(station, "2017-08"));
    }

    [Fact]
    public async Task Another_stations_activity_is_refused_and_read_only_callers_may_not_correct()
    {
        var (own, _) = await hub.Client.StationAsync(5);
        var (other, _) = await hub.Client.StationAsync(6);
        var theirs = await RecordAsync(hub.Admin, new { stationId = other, kind = "VOLUNTEER_SERVICE", title = "别站活动", occurredOn = "2016-02-02", volunteers = 2, volunteerHours = 5m });
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(own, "Station"));

        Assert.Equal("FORBIDDEN", (await staff.PostAsync(Update, new { input = new { id = theirs, volunteerHours = 50m } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await staff.PostAsync(Delete, new { id = theirs })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await hub.ClientAs(HubRole.Analyst, regionCode: "370102000000").PostAsync(Update, new { input = new { id = theirs, title = "分析改名" } })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await hub.ClientAs(HubRole.Partner).PostAsync(Delete, new { id = theirs })).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await hub.Client.PostAsync(Update, new { input = new { id = theirs, title = "匿名改名" } })).FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await hub.Client.PostAsync(Delete, new { id = theirs })).FirstErrorCode);

        var read = await hub.Admin.QueryAsync("query($id: ID!) { node(id: $id) { ... on Activity { title volunteerHours } } }", new { id = theirs });
        Assert.Equal("别站活动", read["node"]!["title"]!.GetValue<string>());
        Assert.Equal(5m, read["node"]!["volunteerHours"]!.GetValue<decimal>());
        Assert.Equal(5m, await hub.Client.StationValueAsync(other, "2016-02", "volunteer_hours"));

        var audit = await hub.Admin.QueryAsync("{ auditLog(mutation: \"updateActivity\", outcome: REFUSED, first: 5) { nodes { input } } }");
        Assert.Contains((JsonArray)audit["auditLog"]!["nodes"]!, e => e!["input"]!.GetValue<string>().Contains("volunteerHours", StringComparison.Ordinal));
    }

    private static async Task<string> RecordAsync(GraphQLClient client, object input)
    {
        var recorded = (await client.QueryAsync(Record, new { input }))["recordActivity"]!;
        Assert.Empty((JsonArray)recorded["errors"]!);
        return recorded["activity"]!["id"]!.GetValue<string>();
    }

    private async Task<(decimal? Hours, decimal? PersonTimes, decimal? Services)> FiguresAsync(string station, string period) => (
        await hub.Client.StationValueAsync(station, period, "volunteer_hours"),
        await hub.Client.StationValueAsync(station, period, "volunteer_person_times"),
        await hub.Client.StationValueAsync(station, period, "volunteer_services"));

    private async Task<string> DistrictOfAsync(string station) =>
        (await hub.Client.QueryAsync("query($id: ID!) { station(id: $id) { district { code } } }", new { id = station }))["station"]!["district"]!["code"]!.GetValue<string>();

    private async Task<decimal?> RegionValueAsync(string code, string period, string indicator)
    {
        var data = await hub.Client.QueryAsync(
            "query($code: String!, $period: Period!, $indicator: String!) { region(code: $code) { indicators(period: $period, codes: [$indicator]) { value } } }",
            new { code, period, indicator });
        return ((JsonArray)data["region"]!["indicators"]!).Single()!["value"]?.GetValue<decimal>();
    }

    private async Task<int> PartnerCountAsync(string activity)
    {
        await using var scope = hub.CreateScope();
        var id = GlobalId.Expect(activity, "Activity");
        return (await scope.ServiceProvider.GetRequiredService<HubDbContext>().Activities.Include(a => a.Partners).SingleAsync(a => a.Id == id)).Partners.Count;
    }

    /// <summary>What <c>verify-rollups</c> says: every stored cell equals the same cell recomputed from base rows.</summary>
    private async Task AssertRollupsEqualBaseRowsAsync()
    {
        var output = new StringWriter();
        Assert.Equal(0, await RollupsCommand.VerifyAsync(hub.Services, [RollupsCommand.VerifyVerb], output, TextWriter.Null));
        Assert.Contains("every cell equals", output.ToString(), StringComparison.Ordinal);
    }
}

public sealed class ActivityCorrectionOnSqlite(SqliteDemoHub hub) : ActivityCorrectionTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class ActivityCorrectionOnMariaDb(MariaDbDemoHub hub) : ActivityCorrectionTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

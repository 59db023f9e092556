using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Activities;

/// <summary>
/// <c>recordActivity</c> stores what a station ran and, for months the station does not report by hand,
/// its volunteer figures follow from its activities; bad input stores nothing. On both databases.
/// </summary>
public abstract class RecordActivityTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Record = """
        mutation($input: RecordActivityInput!) {
          recordActivity(input: $input) { activity { id title kind occurredOn volunteers volunteerHours station { id } } errors { field code message } }
        }
        """;

    [Fact]
    public async Task A_recorded_activity_is_stored_and_feeds_the_months_volunteer_figures()
    {
        var (station, _) = await hub.Client.StationAsync(0);
        var first = await RecordAsync(new { stationId = station, kind = "VOLUNTEER_SERVICE", title = "助老志愿服务", occurredOn = "2025-04-12", volunteers = 6, volunteerHours = 12.5m });
        Assert.Empty((JsonArray)first["errors"]!);
        var id = first["activity"]!["id"]!.GetValue<string>();
        Assert.Equal(station, first["activity"]!["station"]!["id"]!.GetValue<string>());

        var node = await hub.Client.QueryAsync("query($id: ID!) { node(id: $id) { ... on Activity { title occurredOn } } }", new { id });
        Assert.Equal("助老志愿服务", node["node"]!["title"]!.GetValue<string>());

        await RecordAsync(new { stationId = station, kind = "TRAINING", title = "志愿者培训", occurredOn = "2025-04-20", volunteers = 4, volunteerHours = 3m });
        var figures = await hub.Client.QueryAsync("""
            query($id: ID!) {
              station(id: $id) {
                indicators(period: "2025-04", codes: ["volunteer_hours", "volunteer_person_times", "volunteer_services"]) { value }
                activities(where: { occurredOn: { gte: "2025-04-01", lt: "2025-05-01" } }) { totalCount }
              }
            }
            """, new { id = station });
        Assert.Equal([15.5m, 10m, 1m], ((JsonArray)figures["station"]!["indicators"]!).Select(v => v!["value"]!.GetValue<decimal>()));
        Assert.Equal(2, figures["station"]!["activities"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_stores_nothing()
    {
        var (station, _) = await hub.Client.StationAsync(1);
        var project = (await hub.Client.QueryAsync("{ projects(first: 1) { nodes { id station { id } } } }"))["projects"]!["nodes"]![0]!;
        var foreignProject = project["station"]!["id"]!.GetValue<string>() == station ? null : project["id"]!.GetValue<string>();

        var response = await RecordAsync(new
        {
            stationId = station, kind = "GROUP_WORK", title = " ", occurredOn = "2099-01-01", volunteers = -1, projectId = foreignProject,
        });
        Assert.Null(response["activity"]);
        var fields = ((JsonArray)response["errors"]!).Select(e => e!["field"]!.GetValue<string>()).ToHashSet();
        Assert.Contains("title", fields);
        Assert.Contains("occurredOn", fields);
        Assert.Contains("volunteers", fields);
        if (foreignProject is not null)
        {
            Assert.Contains("projectId", fields);
        }

        var wrongType = await RecordAsync(new { stationId = project["id"]!.GetValue<string>(), kind = "GROUP_WORK", title = "小组", occurredOn = "2025-01-01" });
        Assert.Equal("stationId", wrongType["errors"]![0]!["field"]!.GetValue<string>());

        var unknownPartner = await RecordAsync(new
        {
            stationId = station, kind = "GROUP_WORK", title = "小组", occurredOn = "2099-01-01", partnerIds = new[] { Hub.Schema.Relay.GlobalId.Of("ResourcePartner", 987_654) },
        });
        Assert.Contains(((JsonArray)unknownPartner["errors"]!).Select(e => e!["field"]!.GetValue<string>()), field => field == "partnerIds");

        var count = await hub.Client.QueryAsync("query($id: ID!) { station(id: $id) { activities(where: { occurredOn: { gte: \"2099-01-01\" } }) { totalCount } } }", new { id = station });
        Assert.Equal(0, count["station"]!["activities"]!["totalCount"]!.GetValue<int>());
    }

    private async Task<JsonNode> RecordAsync(object input) => (await hub.Admin.QueryAsync(Record, new { input }))["recordActivity"]!;
}

public sealed class RecordActivityOnSqlite(SqliteDemoHub hub) : RecordActivityTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class RecordActivityOnMariaDb(MariaDbDemoHub hub) : RecordActivityTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

using System.Text.Json.Nodes;
using Hub.Schema.Access;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Observations;

/// <summary>
/// <c>Station.observations</c> lists the stored figures with filters, order and paging, hands out the version a
/// replacement must state, hides RESTRICTED rows from whoever does not read them in full, and costs a fixed number
/// of statements however many stations ask. On both databases, over the real endpoint.
/// </summary>
public abstract class StationObservationsTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Submit = """
        mutation($rows: [ObservationInput!]!) {
          submitObservations(input: { observations: $rows }) { observations { version } errors { row field code message } }
        }
        """;

    private const string List = """
        query($id: ID!, $where: ObservationFilterInput, $order: [ObservationSortInput!], $first: Int, $after: String) {
          station(id: $id) {
            observations(where: $where, order: $order, first: $first, after: $after) {
              totalCount
              nodes { indicator { code } period value version source status note }
              pageInfo { hasNextPage endCursor }
            }
          }
        }
        """;

    [Fact]
    public async Task Figures_are_filtered_ordered_and_paged()
    {
        var (station, _) = await hub.Client.StationAsync(4);
        await SubmitAsync(
            new { stationId = station, indicator = "news_articles", period = "2091-01", value = 1.25m, note = "一月" },
            new { stationId = station, indicator = "news_articles", period = "2091-02", value = 2 },
            new { stationId = station, indicator = "news_articles", period = "2091-03", value = 3 },
            new { stationId = station, indicator = "news_articles", period = "2091", value = 6.25m },
            new { stationId = station, indicator = "volunteer_hours", period = "2091-02", value = 40.5m },
            new { stationId = station, indicator = "volunteer_hours", period = "2092-01", value = 7 });

        var where = new { year = new { eq = 2091 }, indicator = new { eq = "news_articles" } };
        var order = new object[] { new { period = "ASC" } };
        var first = await ListAsync(hub.Client, station, where, order, first: 2);
        Assert.Equal(4, first["totalCount"]!.GetValue<int>());
        Assert.Equal(["2091", "2091-01"], Periods(first));
        Assert.Equal(6.25m, first["nodes"]![0]!["value"]!.GetValue<decimal>());
        Assert.Equal("一月", first["nodes"]![1]!["note"]!.GetValue<string>());
        Assert.Equal("NORMAL", first["nodes"]![1]!["status"]!.GetValue<string>());
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var second = await ListAsync(hub.Client, station, where, order, first: 2, after: first["pageInfo"]!["endCursor"]!.GetValue<string>());
        Assert.Equal(["2091-02", "2091-03"], Periods(second));
        Assert.False(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        // A quarter as a range is its months; the yearly figure lies outside it.
        var quarter = await ListAsync(hub.Client, station, new { period = new { gte = "2091-Q1", lte = "2091-Q1" } },
            new object[] { new { indicator = "DESC" }, new { period = "DESC" } });
        Assert.Equal(
            [("volunteer_hours", "2091-02"), ("news_articles", "2091-03"), ("news_articles", "2091-02"), ("news_articles", "2091-01")],
            Rows(quarter));

        // A year as a range holds its own figure and its months; eq names the stored yearly figure only.
        var year = await ListAsync(hub.Client, station, new { period = new { gte = "2091", lt = "2092" } }, null);
        Assert.Equal(5, year["totalCount"]!.GetValue<int>());
        var yearly = await ListAsync(hub.Client, station, new { period = new { eq = "2091" } }, null);
        Assert.Equal([("news_articles", "2091")], Rows(yearly));

        var bySource = await ListAsync(hub.Client, station, new { year = new { eq = 2091 }, source = new { eq = "MONTHLY_REPORT" } }, null);
        var sources = ((JsonArray)bySource["nodes"]!).Select(n => n!["source"]!.GetValue<string>()).Distinct().ToList();
        Assert.All(sources, s => Assert.Equal("MONTHLY_REPORT", s));
        var none = await ListAsync(hub.Client, station, new { year = new { eq = 2091 }, status = new { eq = "ESTIMATED" } }, null);
        Assert.Equal(0, none["totalCount"]!.GetValue<int>());
        var multi = await ListAsync(hub.Client, station, new { indicator = new { @in = OnlyVolunteerHours }, year = new { gte = 2091, lte = 2092 } }, null);
        Assert.Equal([("volunteer_hours", "2092-01"), ("volunteer_hours", "2091-02")], Rows(multi));

        // A quarter is no stored period: eq refuses it rather than answering nothing.
        var refused = await hub.Client.PostAsync(List, new { id = station, where = new { period = new { eq = "2091-Q1" } } });
        Assert.Equal("BAD_USER_INPUT", refused.FirstErrorCode);
    }

    [Fact]
    public async Task The_listed_version_is_the_expected_version_a_replacement_states()
    {
        var (station, _) = await hub.Client.StationAsync(5);
        await SubmitAsync(new { stationId = station, indicator = "volunteers_registered", period = "2093-04", value = 10 });
        await SubmitAsync(new { stationId = station, indicator = "volunteers_registered", period = "2093-04", value = 11 });

        var listed = (await ListAsync(hub.Client, station, new { period = new { eq = "2093-04" } }, null))["nodes"]![0]!;
        var version = listed["version"]!.GetValue<int>();
        Assert.Equal(2, version);

        var replaced = await SubmitAsync(new { stationId = station, indicator = "volunteers_registered", period = "2093-04", value = 12, expectedVersion = version });
        Assert.Empty((JsonArray)replaced["errors"]!);
        Assert.Equal(version + 1, replaced["observations"]![0]!["version"]!.GetValue<int>());

        var stale = await SubmitAsync(new { stationId = station, indicator = "volunteers_registered", period = "2093-04", value = 13, expectedVersion = version });
        Assert.Equal("VERSION_CONFLICT", ((JsonArray)stale["errors"]!).Single()!["code"]!.GetValue<string>());
        var now = (await ListAsync(hub.Client, station, new { period = new { eq = "2093-04" } }, null))["nodes"]![0]!;
        Assert.Equal(12m, now["value"]!.GetValue<decimal>());
        Assert.Equal(version + 1, now["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Restricted_figures_are_listed_only_to_those_who_read_them_in_full()
    {
        var stations = await hub.Admin.QueryAsync("{ stations(first: 50) { nodes { id district { code } } } }");
        var nodes = ((JsonArray)stations["stations"]!["nodes"]!).Select(n => n!).Where(n => n["district"] is not null).ToList();
        var target = nodes[0];
        var station = target["id"]!.GetValue<string>();
        var district = target["district"]!["code"]!.GetValue<string>();
        var elsewhere = nodes.First(n => n["district"]!["code"]!.GetValue<string>() != district);
        await SubmitAsync(
            new { stationId = station, indicator = "subsistence_households", period = "2094-01", value = 42 },
            new { stationId = station, indicator = "subsistence_households", period = "2094", value = 42 },
            new { stationId = station, indicator = "news_articles", period = "2094-01", value = 5 });

        var where = new { year = new { eq = 2094 } };
        async Task<List<(string, string)>> SeenBy(GraphQLClient client) => Rows(await ListAsync(client, station, where, new object[] { new { period = "ASC" }, new { indicator = "ASC" } }));

        (string, string)[] everything = [("subsistence_households", "2094"), ("news_articles", "2094-01"), ("subsistence_households", "2094-01")];
        (string, string)[] publicOnly = [("news_articles", "2094-01")];
        Assert.Equal(everything, await SeenBy(hub.Admin));
        Assert.Equal(everything, await SeenBy(hub.ClientAs(HubRole.Analyst, regionCode: district)));
        Assert.Equal(everything, await SeenBy(hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.Expect(station, "Station"))));
        Assert.Equal(publicOnly, await SeenBy(hub.Client));
        Assert.Equal(publicOnly, await SeenBy(hub.ClientAs(HubRole.Partner)));
        Assert.Equal(publicOnly, await SeenBy(hub.ClientAs(HubRole.Analyst, regionCode: elsewhere["district"]!["code"]!.GetValue<string>())));
        Assert.Equal(publicOnly, await SeenBy(hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.Expect(elsewhere["id"]!.GetValue<string>(), "Station"))));

        // Asked for by name, the restricted rows still do not exist for the public: no count, no page, no cursor.
        var asked = await ListAsync(hub.Client, station, new { indicator = new { eq = "subsistence_households" } }, null);
        Assert.Equal(0, asked["totalCount"]!.GetValue<int>());
        var outside = await ListAsync(hub.ClientAs(HubRole.Analyst, regionCode: elsewhere["district"]!["code"]!.GetValue<string>()), station,
            new { indicator = new { eq = "subsistence_households" } }, null);
        Assert.Equal(0, outside["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("PUBLIC")]
    [InlineData("ANALYST")]
    [InlineData("ADMIN")]
    public async Task Twenty_stations_with_their_figures_cost_no_more_statements_than_one(string role)
    {
        const string query = """
            query($first: Int!) {
              stations(first: $first) {
                nodes { name observations(first: 5, where: { year: { gte: 2020 } }) { totalCount nodes { indicator { code } period value version } } }
              }
            }
            """;
        var client = role switch
        {
            "ANALYST" => hub.ClientAs(HubRole.Analyst, regionCode: "370100000000"),
            "ADMIN" => hub.Admin,
            _ => hub.Client,
        };
        var one = await client.PostExecutedAsync(query, new { first = 1 });
        var twenty = await client.PostExecutedAsync(query, new { first = 20 });
        Assert.Null(twenty.Errors);
        Assert.True(((JsonArray)twenty.Data!["stations"]!["nodes"]!).Count > 1, twenty.Body);
        Assert.Contains((JsonArray)twenty.Data!["stations"]!["nodes"]!, s => ((JsonArray)s!["observations"]!["nodes"]!).Count > 0);

        // stations page, every station's figures (page and totals in one), their indicators
        Assert.InRange(one.SqlStatements, 1, twenty.SqlStatements);
        Assert.InRange(twenty.SqlStatements, 1, 3);
    }

    private static readonly string[] OnlyVolunteerHours = ["volunteer_hours"];

    private async Task<JsonNode> SubmitAsync(params object[] rows)
    {
        var data = await hub.Admin.QueryAsync(Submit, new { rows });
        return data["submitObservations"]!;
    }

    private static async Task<JsonNode> ListAsync(GraphQLClient client, string station, object? where, object[]? order, int? first = null, string? after = null) =>
        (await client.QueryAsync(List, new { id = station, where, order, first, after }))["station"]!["observations"]!;

    private static List<string> Periods(JsonNode connection) =>
        ((JsonArray)connection["nodes"]!).Select(n => n!["period"]!.GetValue<string>()).ToList();

    private static List<(string, string)> Rows(JsonNode connection) =>
        ((JsonArray)connection["nodes"]!).Select(n => (n!["indicator"]!["code"]!.GetValue<string>(), n["period"]!.GetValue<string>())).ToList();
}

public sealed class StationObservationsOnSqlite(SqliteDemoHub hub) : StationObservationsTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class StationObservationsOnMariaDb(MariaDbDemoHub hub) : StationObservationsTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

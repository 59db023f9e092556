using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Batching;

/// <summary>
/// A dashboard query over 100 stations on MariaDB sends a fixed number of SQL statements, one per relation
/// it reaches at each level, whatever the number of stations: DataLoaders batch every relation and every
/// aggregate, so there is no N+1 anywhere. Counted by the server's own statement counter (extensions.sqlStatements).
/// </summary>
public sealed class StatementCountTests(MariaDbSyntheticHub hub) : IClassFixture<MariaDbSyntheticHub>
{
    // The fetches this document can cause, by level:
    //   1  stations page, its totalCount
    //   2  regions, organisations (operator), brands, projects (page + totals in one), partners,
    //      indicator catalogue, indicator roll-up
    //   3  parent regions, brands of the projects
    private const int FetchPoints = 2 + 7 + 2;

    private const string Dashboard = """
        query($first: Int!) {
          stations(first: $first) {
            totalCount
            nodes {
              name
              region { name parent { name } }
              operator { name }
              brands { name }
              projects(first: 10) { totalCount nodes { name brand { name } } }
              partners { name kind }
              indicators(period: "2024", codes: ["volunteer_hours", "volunteers_registered", "cases_opened"]) { value reportingStations }
            }
          }
        }
        """;

    [Fact]
    public async Task A_hundred_stations_with_every_relation_cost_no_more_statements_than_one()
    {
        var hundred = await hub.Admin.PostExecutedAsync(Dashboard, new { first = 100 });
        Assert.Null(hundred.Errors);
        var stations = ((JsonArray)hundred.Data!["stations"]!["nodes"]!).Select(s => s!).ToList();
        Assert.Equal(100, stations.Count);
        Assert.All(stations, s =>
        {
            Assert.NotNull(s["region"]);
            Assert.NotNull(s["operator"]);
            Assert.NotEmpty((JsonArray)s["brands"]!);
            Assert.NotEmpty((JsonArray)s["projects"]!["nodes"]!);
            Assert.NotEmpty((JsonArray)s["partners"]!);
            Assert.Equal(3, ((JsonArray)s["indicators"]!).Count);
        });
        Assert.Contains(stations, s => s["indicators"]![0]!["value"] is not null);

        var one = await hub.Admin.PostExecutedAsync(Dashboard, new { first = 1 });
        var ten = await hub.Admin.PostExecutedAsync(Dashboard, new { first = 10 });
        Assert.Null(one.Errors);
        Assert.Equal(one.SqlStatements, ten.SqlStatements);
        Assert.Equal(one.SqlStatements, hundred.SqlStatements);
        Assert.InRange(hundred.SqlStatements, 1, FetchPoints);
    }

    // The same dashboard with a RESTRICTED figure and every project's brand, as callers whose rules differ.
    private const string RuledDashboard = """
        query($first: Int!) {
          stations(first: $first) {
            totalCount
            nodes {
              name
              brands { name }
              projects(first: 10) { totalCount nodes { name brand { name } } }
              activities(first: 3) { totalCount nodes { title } }
              indicators(period: "2024", codes: ["volunteer_hours", "subsistence_households"]) { value suppressed reportingStations }
            }
          }
        }
        """;

    [Theory]
    // stations page, its total, brands, projects, project brands, activities, catalogue, roll-up; then what the rules add:
    [InlineData("PUBLIC", 8 + 1)]         // the roll-up counters, under which the suppression decisions are kept
    [InlineData("ANALYST", 8 + 1 + 1)]    // which stations are in scope, then the counters for those outside it
    [InlineData("STATION_STAFF", 8 + 1)]  // its own station is known from the token; the counters for the others
    [InlineData("ADMIN", 8)]
    public async Task Access_rules_add_a_fixed_number_of_statements_whatever_the_number_of_stations(string role, int maxStatements)
    {
        var stations = await hub.Admin.QueryAsync("{ stations(first: 2) { nodes { id region { parent { code } } } } }");
        var first = stations["stations"]!["nodes"]![0]!;
        var client = role switch
        {
            "ANALYST" => hub.ClientAs(Hub.Schema.Access.HubRole.Analyst, regionCode: first["region"]!["parent"]!["code"]!.GetValue<string>()),
            "STATION_STAFF" => hub.ClientAs(Hub.Schema.Access.HubRole.StationStaff, stationId: Hub.Schema.Relay.GlobalId.Expect(first["id"]!.GetValue<string>(), "Station")),
            "ADMIN" => hub.Admin,
            _ => hub.Client,
        };

        // Decisions are kept across requests: the first request after a change pays for them (see SuppressionDecisionTests).
        await client.PostExecutedAsync(RuledDashboard, new { first = 100 });
        var one = await client.PostExecutedAsync(RuledDashboard, new { first = 1 });
        var ten = await client.PostExecutedAsync(RuledDashboard, new { first = 10 });
        var hundred = await client.PostExecutedAsync(RuledDashboard, new { first = 100 });
        Assert.True(hundred.Errors is null || hundred.Errors.All(e => e!["extensions"]!["code"]!.GetValue<string>() == "FORBIDDEN"), hundred.Body);
        Assert.Equal(100, ((JsonArray)hundred.Data!["stations"]!["nodes"]!).Count);
        // A page holding only the caller's own stations needs no suppression, hence "at most" for one station.
        Assert.InRange(one.SqlStatements, 1, ten.SqlStatements);
        Assert.Equal(ten.SqlStatements, hundred.SqlStatements);
        Assert.Equal(maxStatements, hundred.SqlStatements);
    }

    [Fact]
    public async Task Regions_with_their_stations_and_roll_ups_batch_per_level()
    {
        const string query = """
            query($first: Int!) {
              regions(first: $first, where: { level: { in: [DISTRICT, STREET] } }) {
                nodes {
                  name children { name }
                  stations(first: 5, where: { kind: { in: [STREET, DISTRICT_HUB, COMMUNITY] } }, order: [{ name: DESC }]) { totalCount nodes { name operator { name } } }
                  indicators(period: "2024-Q2", codes: ["volunteer_hours", "households_tracked"]) { value reportingStations expectedStations }
                }
              }
            }
            """;
        // The first regional roll-up after the tree changed counts every region's stations once (RegionStationCounts).
        await hub.Client.PostExecutedAsync(query, new { first = 1 });
        var few = await hub.Client.PostExecutedAsync(query, new { first = 2 });
        var many = await hub.Client.PostExecutedAsync(query, new { first = 100 });
        Assert.Null(many.Errors);
        Assert.True(((JsonArray)many.Data!["regions"]!["nodes"]!).Count > 50, "the synthetic tree has many districts and streets");
        Assert.Equal(few.SqlStatements, many.SqlStatements);

        // page, children, stations (rows and totals), operators, catalogue, roll-up
        Assert.InRange(many.SqlStatements, 1, 6);
    }
}

using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Hub.Tests.Demo;

/// <summary>
/// What a new user sees after the first start: the seeds' stations and figures, read through the
/// public GraphQL endpoint, the same on SQLite and on MariaDB (one snapshot serves both).
/// </summary>
public abstract class DemoDataQueryTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    [Fact]
    public async Task Cuizhai_2024_indicators_are_the_figures_of_its_annual_report()
    {
        var values = await IndicatorsOfAsync("崔寨", "2024");
        var expected = new Dictionary<string, decimal>
        {
            ["files_hardship"] = 80, ["files_intellectual_disability"] = 14, ["files_mental_health_rehab"] = 160,
            ["files_extreme_poverty_support"] = 50, ["volunteer_services"] = 60, ["volunteer_person_times"] = 835,
            ["volunteer_teams_incubated"] = 3, ["volunteers_registered"] = 286, ["volunteer_hours"] = 1495.71m,
            ["cases_opened"] = 4, ["case_followups"] = 24, ["groups"] = 5, ["group_sessions"] = 21, ["group_person_times"] = 199,
            ["community_programs"] = 10, ["community_sessions"] = 77, ["community_person_times"] = 979,
            ["themed_activities"] = 42, ["themed_person_times"] = 477, ["supervision_sessions"] = 23, ["supervision_hours"] = 72,
            ["training_sessions"] = 15, ["training_hours"] = 56, ["community_funds"] = 4, ["partners_linked"] = 12,
            ["projects_landed"] = 9, ["service_bases"] = 7, ["news_articles"] = 170, ["videos_published"] = 5,
        };
        foreach (var (code, value) in expected)
        {
            Assert.True(values.TryGetValue(code, out var actual), $"{code} is missing");
            Assert.Equal(value, actual);
        }
    }

    [Fact]
    public async Task Qianfoshan_November_2024_figures_come_from_its_monthly_report()
    {
        var values = await IndicatorsOfAsync("千佛山", "2024-11");
        Assert.Equal(125m, values["households_tracked"]);
        Assert.Equal(23m, values["case_files_created"]);
        Assert.Equal(86m, values["subsistence_households"]);
        Assert.Equal(102m, values["subsistence_people"]);
        Assert.Equal(3m, values["supervision_sessions"]);

        // The same STOCK answers the year (last month reported); FLOW sums the only month there is.
        var year = await IndicatorsOfAsync("千佛山", "2024");
        Assert.Equal(125m, year["households_tracked"]);
        Assert.Equal(3m, year["supervision_sessions"]);
    }

    [Fact]
    public async Task The_station_listing_with_its_relations_matches_the_snapshot_and_costs_one_statement_per_level()
    {
        var response = await hub.Client.PostAsync("""
            {
              stations(first: 100) {
                totalCount
                nodes {
                  name code kind opened staffCount certifiedStaffCount sourceDocument
                  region { code name level }
                  district { code name }
                  operator { name founded }
                  funder { name }
                  brands { name projects { name } }
                  projects(first: 10) { totalCount nodes { name targetGroups serviceAreas communities { name } } }
                  partners { name kind }
                  volunteerTeams { name }
                  indicators(period: "2024", codes: ["volunteer_hours", "households_tracked"]) { indicator { code } exactValue reportingStations }
                }
              }
            }
            """);
        Assert.Null(response.Errors);
        Snapshot.Match(response.Data!.ToJsonString(), "DemoData_StationListing");

        // stations page, its count, regions, districts, organisations (operator and funder share one loader
        // per level), brands, brand projects, project pages, communities, partners, volunteer teams, catalogue, roll-up.
        Assert.InRange(response.SqlStatements, 1, 14);
    }

    [Fact]
    public async Task Project_components_name_the_block_they_belong_to()
    {
        var data = await hub.Client.QueryAsync("{ projects(first: 100) { nodes { name components { name kind parentName } } } }");
        var components = ((JsonArray)data["projects"]!["nodes"]!)
            .Single(p => p!["name"]!.GetValue<string>() == "爱暖夕阳")!["components"]!.AsArray();
        var beads = components.Single(c => c!["name"]!.GetValue<string>() == "快乐串串珠")!;
        Assert.Equal("老有所学", beads["parentName"]!.GetValue<string>());
        Assert.Null(components.Single(c => c!["name"]!.GetValue<string>() == "老有所学")!["parentName"]);
    }

    private async Task<Dictionary<string, decimal>> IndicatorsOfAsync(string nameFragment, string period)
    {
        var stations = await hub.Client.QueryAsync("{ stations(first: 100) { nodes { id name } } }");
        var station = ((JsonArray)stations["stations"]!["nodes"]!).Single(n => n!["name"]!.GetValue<string>().Contains(nameFragment, StringComparison.Ordinal))!;
        // An admin: the restricted figures are read in full (the public sees them through suppression, Access tests).
        var data = await hub.Admin.QueryAsync(
            "query($id: ID!, $period: Period!) { station(id: $id) { indicators(period: $period) { indicator { code } exactValue } } }",
            new { id = station["id"]!.GetValue<string>(), period });
        return ((JsonArray)data["station"]!["indicators"]!)
            .Where(v => v!["exactValue"] is not null)
            .ToDictionary(v => v!["indicator"]!["code"]!.GetValue<string>(), v => v!["exactValue"]!.GetValue<decimal>());
    }
}

public sealed class DemoDataQueriesOnSqlite(SqliteDemoHub hub) : DemoDataQueryTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class DemoDataQueriesOnMariaDb(MariaDbDemoHub hub) : DemoDataQueryTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Indicators;

/// <summary>
/// <c>series</c> gives one point per month, quarter or year, each equal to what <c>indicators</c> answers for
/// that period alone, with unreported periods as gaps; a level of many stations costs one statement.
/// On the 100-station synthetic dataset (reports for 2024).
/// </summary>
public abstract class SeriesTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    [Theory]
    [InlineData("volunteer_hours", "2024-01", "2024-12")]
    [InlineData("volunteers_registered", "2024-Q1", "2024-Q4")]
    [InlineData("cases_opened", "2023", "2025")]
    public async Task Every_point_equals_the_indicator_value_of_its_period(string code, string from, string to)
    {
        var data = await hub.Client.QueryAsync("""
            query($code: String!, $from: Period!, $to: Period!) {
              regions(where: { level: { eq: DISTRICT } }, first: 2) { nodes { code series(code: $code, from: $from, to: $to) { period value reportingStations expectedStations } } }
              stations(first: 2) { nodes { id series(code: $code, from: $from, to: $to) { period value reportingStations expectedStations } } }
            }
            """, new { code, from, to });

        var checkedValues = 0;
        foreach (var (list, lookup) in new[] { ("regions", "region(code: $key)"), ("stations", "station(id: $key)") })
        {
            foreach (var node in (JsonArray)data[list]!["nodes"]!)
            {
                var key = (node!["code"] ?? node["id"])!.GetValue<string>();
                var points = (JsonArray)node["series"]!;
                foreach (var point in points)
                {
                    var period = point!["period"]!.GetValue<string>();
                    var own = await hub.Client.QueryAsync(
                        $$"""query($key: {{(list == "regions" ? "String!" : "ID!")}}, $period: Period!, $code: String!) { unit: {{lookup}} { indicators(period: $period, codes: [$code]) { value reportingStations expectedStations } } }""",
                        new { key, period, code });
                    var expected = own["unit"]!["indicators"]![0]!;
                    Assert.Equal(expected["value"]?.GetValue<decimal>(), point["value"]?.GetValue<decimal>());
                    Assert.Equal(expected["reportingStations"]!.GetValue<int>(), point["reportingStations"]!.GetValue<int>());
                    Assert.Equal(expected["expectedStations"]!.GetValue<int>(), point["expectedStations"]!.GetValue<int>());
                    checkedValues += point["value"] is null ? 0 : 1;
                }
            }
        }

        Assert.True(checkedValues > 0, "some points carry values");
    }

    [Fact]
    public async Task Periods_without_reports_are_gaps_not_zeros()
    {
        var data = await hub.Client.QueryAsync("""{ stations(first: 1) { nodes { series(code: "volunteer_hours", from: "2024-11", to: "2025-02") { period value reportingStations } } } }""");
        var points = ((JsonArray)data["stations"]!["nodes"]![0]!["series"]!).Select(p => p!).ToList();
        Assert.Equal(["2024-11", "2024-12", "2025-01", "2025-02"], points.Select(p => p["period"]!.GetValue<string>()));
        Assert.All(points.Skip(2), p =>
        {
            Assert.Null(p["value"]);
            Assert.Equal(0, p["reportingStations"]!.GetValue<int>());
        });
    }

    [Fact]
    public async Task A_hundred_series_cost_one_statement()
    {
        const string query = """
            query($first: Int!) { stations(first: $first) { nodes { series(code: "volunteer_hours", from: "2024-01", to: "2024-12") { value } } } }
            """;
        var one = await hub.Client.PostExecutedAsync(query, new { first = 1 });
        var hundred = await hub.Client.PostExecutedAsync(query, new { first = 100 });
        Assert.Null(hundred.Errors);
        Assert.Equal(100, ((JsonArray)hundred.Data!["stations"]!["nodes"]!).Count);
        Assert.Equal(one.SqlStatements, hundred.SqlStatements);
    }

    [Theory]
    [InlineData("2024-01", "2024-Q2", "BAD_USER_INPUT")]
    [InlineData("2024-06", "2024-01", "BAD_USER_INPUT")]
    [InlineData("2000-01", "2024-12", "QUERY_TOO_COMPLEX")]
    public async Task Bad_ranges_are_refused(string from, string to, string code)
    {
        var response = await hub.Client.PostAsync(
            "query($from: Period!, $to: Period!) { stations(first: 1) { nodes { series(code: \"volunteer_hours\", from: $from, to: $to) { value } } } }",
            new { from, to });
        Assert.Equal(code, response.FirstErrorCode);
    }
}

public sealed class SeriesOnSqlite(SqliteSyntheticHub hub) : SeriesTests<SqliteSyntheticHub>(hub), IClassFixture<SqliteSyntheticHub>;

public sealed class SeriesOnMariaDb(MariaDbSyntheticHub hub) : SeriesTests<MariaDbSyntheticHub>(hub), IClassFixture<MariaDbSyntheticHub>;

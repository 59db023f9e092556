using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Comparisons;

/// <summary>
/// <c>comparison</c> ranks the units of a level inside a region on the same indicators. Every row's value
/// equals the unit's own roll-up read through <c>region.indicators</c>; ranks, percentiles, changes and
/// per-capita figures are recomputed here from those values. On the 100-station synthetic dataset.
/// </summary>
public abstract class ComparisonTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Compare = """
        query($input: ComparisonInput!) {
          comparison(input: $input) {
            totalCount period level orderBy
            pageInfo { hasNextPage endCursor }
            rows {
              regionCode stationId name population households rank percentile
              values { indicator { code } value reportingStations expectedStations }
              metrics { indicator { code } value rank percentile previous changeFromPrevious yearEarlier perTenThousandPeople perHousehold }
            }
          }
        }
        """;

    private static readonly string[] Codes = ["volunteer_hours", "volunteers_registered", "cases_opened"];
    private static readonly string[] UnknownCodes = ["nope"];
    private static readonly string[] VolunteerHours = ["volunteer_hours"];

    [Fact]
    public async Task Districts_of_the_province_are_ranked_on_their_own_roll_ups()
    {
        var province = await ProvinceCodeAsync();
        var comparison = await CompareAsync(new { regionCode = province, level = "DISTRICT", period = "2024-Q2", codes = Codes, orderBy = "volunteers_registered", first = 100 });
        var rows = Rows(comparison);
        Assert.Equal("volunteers_registered", comparison["orderBy"]!.GetValue<string>());
        Assert.Equal(rows.Count, comparison["totalCount"]!.GetValue<int>());
        Assert.True(rows.Count >= 6, "the synthetic province has six districts");

        foreach (var row in rows)
        {
            var own = await hub.Client.QueryAsync("""
                query($code: String!) {
                  region(code: $code) {
                    now: indicators(period: "2024-Q2", codes: ["volunteer_hours", "volunteers_registered", "cases_opened"]) { value reportingStations }
                    before: indicators(period: "2024-Q1", codes: ["volunteer_hours", "volunteers_registered", "cases_opened"]) { value }
                  }
                }
                """, new { code = row["regionCode"]!.GetValue<string>() });
            for (var i = 0; i < Codes.Length; i++)
            {
                Assert.Equal(Decimal(own["region"]!["now"]![i]!["value"]), Decimal(row["values"]![i]!["value"]));
                Assert.Equal(own["region"]!["now"]![i]!["reportingStations"]!.GetValue<int>(), row["values"]![i]!["reportingStations"]!.GetValue<int>());
                var metric = row["metrics"]![i]!;
                var previous = Decimal(own["region"]!["before"]![i]!["value"]);
                Assert.Equal(previous, Decimal(metric["previous"]));
                Assert.Equal(Decimal(metric["value"]) - previous, Decimal(metric["changeFromPrevious"]));
                Assert.Null(metric["yearEarlier"]);
            }
        }

        var values = rows.Select(r => Decimal(r["metrics"]![1]!["value"])).ToList();
        Assert.True(values.Count(v => v is not null) > 1, "the synthetic districts report volunteers");
        Assert.Equal(values.OrderByDescending(v => v ?? decimal.MinValue), values);
        foreach (var row in rows)
        {
            var value = Decimal(row["metrics"]![1]!["value"]);
            Assert.Equal(1 + values.Count(v => v > value), row["rank"]!.GetValue<int>());
            var population = row["population"]?.GetValue<int>();
            if (population is > 0)
            {
                Assert.Equal((double)value!.Value * 10_000 / population.Value, row["metrics"]![1]!["perTenThousandPeople"]!.GetValue<double>(), 6);
            }
        }

        Assert.Equal(100d, rows[0]["percentile"]!.GetValue<double>());
        Assert.Equal(0d, rows[^1]["percentile"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_comparison_costs_the_same_statements_for_any_number_of_units()
    {
        var province = await ProvinceCodeAsync();
        // The first regional roll-up after the tree changed counts every region's stations once (RegionStationCounts).
        await hub.Client.PostExecutedAsync(Compare, new { input = new { regionCode = province, level = "DISTRICT", period = "2024", codes = Codes } });
        var cities = await hub.Client.PostExecutedAsync(Compare, new { input = new { regionCode = province, level = "CITY", period = "2024", codes = Codes } });
        var stations = await hub.Client.PostExecutedAsync(Compare, new { input = new { regionCode = province, level = "STATION", period = "2024", codes = Codes } });
        Assert.Null(stations.Errors);

        // region, units, catalogue, and one roll-up each for the period, the previous one and a year earlier
        Assert.Equal(cities.SqlStatements, stations.SqlStatements);
        Assert.InRange(stations.SqlStatements, 1, 6);
    }

    [Fact]
    public async Task Stations_page_through_the_whole_ranking()
    {
        var province = await ProvinceCodeAsync();
        var input = new { regionCode = province, level = "STATION", period = "2024", codes = VolunteerHours, first = 100 };
        var all = Rows(await CompareAsync(input));
        Assert.Equal(100, all.Count);
        Assert.All(all, row => Assert.NotNull(row["stationId"]));

        var walked = new List<string>();
        string? after = null;
        do
        {
            var page = await CompareAsync(new { input.regionCode, input.level, input.period, input.codes, first = 30, after });
            walked.AddRange(Rows(page).Select(r => r["stationId"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(all.Select(r => r["stationId"]!.GetValue<string>()), walked);
    }

    [Fact]
    public async Task Bad_inputs_are_refused_with_a_code()
    {
        var province = await ProvinceCodeAsync();
        var unknownRegion = await hub.Client.PostAsync(Compare, new { input = new { regionCode = "999999999999", level = "CITY", period = "2024", codes = Codes } });
        Assert.Equal("NOT_FOUND", unknownRegion.FirstErrorCode);

        var foreignOrder = await hub.Client.PostAsync(Compare, new { input = new { regionCode = province, level = "CITY", period = "2024", codes = Codes, orderBy = "news_articles" } });
        Assert.Equal("BAD_USER_INPUT", foreignOrder.FirstErrorCode);

        var unknownCode = await hub.Client.PostAsync(Compare, new { input = new { regionCode = province, level = "CITY", period = "2024", codes = UnknownCodes } });
        Assert.Equal("BAD_USER_INPUT", unknownCode.FirstErrorCode);

        var wide = await hub.Client.PostAsync(Compare, new { input = new { regionCode = province, level = "CITY", period = "2024", codes = Codes, first = 101 } });
        Assert.Equal("PAGE_SIZE_EXCEEDED", wide.FirstErrorCode);
    }

    private async Task<string> ProvinceCodeAsync() =>
        (await hub.Client.QueryAsync("{ regions(where: { level: { eq: PROVINCE } }, first: 1) { nodes { code } } }"))["regions"]!["nodes"]![0]!["code"]!.GetValue<string>();

    private async Task<JsonNode> CompareAsync(object input) => (await hub.Client.QueryAsync(Compare, new { input }))["comparison"]!;

    private static List<JsonNode> Rows(JsonNode comparison) => ((JsonArray)comparison["rows"]!).Select(r => r!).ToList();

    private static decimal? Decimal(JsonNode? node) => node?.GetValue<decimal>();
}

public sealed class ComparisonOnSqlite(SqliteSyntheticHub hub) : ComparisonTests<SqliteSyntheticHub>(hub), IClassFixture<SqliteSyntheticHub>;

public sealed class ComparisonOnMariaDb(MariaDbSyntheticHub hub) : ComparisonTests<MariaDbSyntheticHub>(hub), IClassFixture<MariaDbSyntheticHub>;

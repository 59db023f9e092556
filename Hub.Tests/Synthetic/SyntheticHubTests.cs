using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Synthetic;

/// <summary>
/// The hub over a generated dataset: the roll-ups the GraphQL endpoint answers agree with the
/// same rules written independently as plain SQL (stations found by region-code prefix, not
/// through the closure table), the gaps the generator leaves show up as missing, and the
/// fixture has what the statement-count tests rely on.
/// </summary>
public abstract class SyntheticHubTests<TFixture>(TFixture hub)
    where TFixture : SyntheticHubFixture
{
    private static readonly Dictionary<RegionLevel, int> PrefixLength = new() { [RegionLevel.Province] = 2, [RegionLevel.City] = 4, [RegionLevel.District] = 6, [RegionLevel.Street] = 9 };

    [Theory]
    [InlineData(RegionLevel.Province, 0, "2024", "volunteer_hours")]          // FLOW year: yearly summaries where sent, months elsewhere
    [InlineData(RegionLevel.Province, 0, "2024", "files_hardship")]           // annual-summary-only indicator
    [InlineData(RegionLevel.City, 1, "2024-Q2", "households_tracked")]        // STOCK quarter: each station's last month
    [InlineData(RegionLevel.District, 0, "2024-03", "volunteer_person_times")] // FLOW month
    [InlineData(RegionLevel.District, 5, "2024", "volunteers_registered")]    // STOCK year
    [InlineData(RegionLevel.Street, 7, "2024-Q4", "community_sessions")]      // FLOW quarter of one street
    public async Task Region_rollups_agree_with_the_rules_written_as_plain_SQL(RegionLevel level, int index, string period, string code)
    {
        var regionCode = (await RegionCodesAsync(level))[index];
        var (reporting, total, expected) = await PlainSqlAsync(regionCode, level, period, code);

        var data = await hub.Client.QueryAsync(
            "query($code: String!, $period: Period!, $codes: [String!]) { region(code: $code) { indicators(period: $period, codes: $codes) { exactValue reportingStations expectedStations } } }",
            new { code = regionCode, period, codes = new[] { code } });
        var value = data["region"]!["indicators"]![0]!;

        Assert.True(reporting > 0, $"No station of {regionCode} reported {code} for {period}: pick a case with data.");
        Assert.Equal(expected, value["expectedStations"]!.GetValue<int>());
        Assert.Equal(reporting, value["reportingStations"]!.GetValue<int>());
        Assert.Equal(total, value["exactValue"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Missing_monthly_reports_show_as_fewer_reporting_stations()
    {
        var months = Enumerable.Range(1, 12).Select(m => $"m{m}: indicators(period: \"2024-{m:D2}\", codes: [\"volunteer_services\"]) {{ reportingStations expectedStations }}");
        var province = (await RegionCodesAsync(RegionLevel.Province))[0];
        var data = await hub.Client.QueryAsync($"query($code: String!) {{ region(code: $code) {{ {string.Join(' ', months)} }} }}", new { code = province });

        foreach (var month in Enumerable.Range(1, 12))
        {
            var value = data["region"]![$"m{month}"]![0]!;
            var reporting = value["reportingStations"]!.GetValue<int>();
            Assert.Equal(SyntheticHubFixture.HundredStations.Stations, value["expectedStations"]!.GetValue<int>());
            Assert.InRange(reporting, SyntheticHubFixture.HundredStations.Stations * 8 / 10, SyntheticHubFixture.HundredStations.Stations - 1);
        }
    }

    [Fact]
    public async Task A_station_that_sent_an_annual_summary_instead_of_months_answers_the_year_from_it()
    {
        await using var scope = hub.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var hours = await db.Indicators.SingleAsync(i => i.Code == "volunteer_hours");
        var yearly = await db.Observations.Where(o => o.IndicatorId == hours.Id && o.Period == 202400).OrderBy(o => o.StationId).FirstOrDefaultAsync();
        Assert.NotNull(yearly);
        Assert.False(await db.Observations.AnyAsync(o => o.StationId == yearly.StationId && o.IndicatorId == hours.Id && o.Period > 202400 && o.Period <= 202412));

        var data = await hub.Client.QueryAsync(
            "query($id: ID!) { station(id: $id) { year: indicators(period: \"2024\", codes: [\"volunteer_hours\"]) { exactValue reportingStations } june: indicators(period: \"2024-06\", codes: [\"volunteer_hours\"]) { exactValue reportingStations } } }",
            new { id = GlobalId.Of("Station", yearly.StationId) });

        Assert.Equal(yearly.ScaledValue / 10_000m, data["station"]!["year"]![0]!["exactValue"]!.GetValue<decimal>());
        Assert.Null(data["station"]!["june"]![0]!["exactValue"]);
        Assert.Equal(0, data["station"]!["june"]![0]!["reportingStations"]!.GetValue<int>());
    }

    [Fact]
    public async Task Every_station_has_a_place_an_operator_brands_projects_partners_and_reports_and_the_demo_never_loaded()
    {
        // An admin sees the generated internal brands and projects too.
        var data = await hub.Admin.QueryAsync("""
            {
              stations(first: 100) {
                totalCount
                nodes {
                  name sourceDocument
                  region { code level } district { code level } operator { name kind }
                  brands { name } partners { name kind }
                  projects(first: 10) { totalCount nodes { name brand { name } targetGroups } }
                  indicators(period: "2024", codes: ["volunteer_hours", "households_tracked"]) { value reportingStations }
                }
              }
              regions(first: 1) { totalCount }
            }
            """);
        var stations = (JsonArray)data["stations"]!["nodes"]!;

        Assert.Equal(SyntheticHubFixture.HundredStations.Stations, data["stations"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(hub.Summary.RowsOf("Regions"), data["regions"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(100, stations.Count);
        Assert.All(stations, node =>
        {
            var station = node!;
            var name = station["name"]!.GetValue<string>();
            Assert.Null(station["sourceDocument"]);
            Assert.Equal("DISTRICT", station["district"]!["level"]!.GetValue<string>());
            Assert.StartsWith(station["district"]!["code"]!.GetValue<string>()[..6], station["region"]!["code"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal("SOCIAL_WORK_SERVICE_CENTRE", station["operator"]!["kind"]!.GetValue<string>());
            Assert.InRange(((JsonArray)station["brands"]!).Count, 2, 4);
            // Two to five drawn from the district's pool, and the foundation of a community fund when none of them is one.
            var partners = ((JsonArray)station["partners"]!).Select(p => p!["name"]!.GetValue<string>()).ToList();
            Assert.InRange(partners.Count, 2, 6);
            Assert.Equal(partners.Count, partners.Distinct().Count());
            Assert.InRange(station["projects"]!["totalCount"]!.GetValue<int>(), 2, 6);
            Assert.All((JsonArray)station["indicators"]!, value => Assert.True(value!["reportingStations"]!.GetValue<int>() == 1, $"{name} has no 2024 figures"));
        });
        Assert.Contains(stations, s => s!["region"]!["level"]!.GetValue<string>() == "DISTRICT");
        Assert.Contains(stations, s => s!["region"]!["level"]!.GetValue<string>() == "STREET");
    }

    private async Task<List<string>> RegionCodesAsync(RegionLevel level)
    {
        await using var scope = hub.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().Regions
            .Where(r => r.Level == level).Select(r => r.Code).OrderBy(c => c).ToListAsync();
    }

    /// <summary>
    /// Per station of the region: its yearly value when the period is a year and it sent one, else
    /// the sum of its months (FLOW) or its last month's value (STOCK); then summed over stations.
    /// </summary>
    private async Task<(int Reporting, decimal Total, int Expected)> PlainSqlAsync(string regionCode, RegionLevel level, string period, string code)
    {
        var (first, last, yearKey) = period.Length == 4 ? (Key(period, 1), Key(period, 12), Key(period, 0))
            : period[5] == 'Q' ? (Key(period, ((period[6] - '1') * 3) + 1), Key(period, (period[6] - '0') * 3), -1)
            : (Key(period, int.Parse(period[5..], CultureInfo.InvariantCulture)), Key(period, int.Parse(period[5..], CultureInfo.InvariantCulture)), -1);

        await using var scope = hub.CreateScope();
        var connection = scope.ServiceProvider.GetRequiredService<HubDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(v), SUM(v), COUNT(*) FROM (
              SELECT COALESCE(
                (SELECT y.ScaledValue FROM Observations y WHERE y.StationId = s.Id AND y.IndicatorId = i.Id AND y.Period = @year),
                CASE WHEN i.Kind = 1
                  THEN (SELECT SUM(m.ScaledValue) FROM Observations m WHERE m.StationId = s.Id AND m.IndicatorId = i.Id AND m.Period BETWEEN @first AND @last)
                  ELSE (SELECT m.ScaledValue FROM Observations m WHERE m.StationId = s.Id AND m.IndicatorId = i.Id AND m.Period BETWEEN @first AND @last ORDER BY m.Period DESC LIMIT 1)
                END) AS v
              FROM Stations s JOIN Regions r ON r.Id = s.RegionId CROSS JOIN Indicators i
              WHERE r.Code LIKE @prefix AND i.Code = @code
            ) perStation
            """;
        Add(command, "@year", yearKey);
        Add(command, "@first", first);
        Add(command, "@last", last);
        Add(command, "@prefix", regionCode[..PrefixLength[level]] + "%");
        Add(command, "@code", code);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var reporting = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
        var total = reader.IsDBNull(1) ? 0 : Convert.ToDecimal(reader.GetValue(1), CultureInfo.InvariantCulture) / 10_000m;
        return (reporting, total, Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture));
    }

    private static int Key(string period, int month) => (int.Parse(period[..4], CultureInfo.InvariantCulture) * 100) + month;

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

public sealed class SyntheticHubOnSqlite(SqliteSyntheticHub hub) : SyntheticHubTests<SqliteSyntheticHub>(hub), IClassFixture<SqliteSyntheticHub>;

public sealed class SyntheticHubOnMariaDb(MariaDbSyntheticHub hub) : SyntheticHubTests<MariaDbSyntheticHub>(hub), IClassFixture<MariaDbSyntheticHub>;

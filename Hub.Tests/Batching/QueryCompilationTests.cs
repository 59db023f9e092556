using System.Text.Json.Nodes;
using Hub.Schema.Access;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Tests.Batching;

/// <summary>
/// The dashboard's reads (a station card, station and region indicators and series, region children, a district's
/// stations, comparisons) for one station, district and city compile their queries once: asked again for other
/// stations and regions, which differ in ids and in how many children, stations and units they hold, EF Core
/// compiles nothing new, because every id and period reaches SQL as a parameter and the SQL text stays the same
/// for id lists of one size class.
/// On the 100-station synthetic dataset, as the public (suppression), an analyst of the district and an admin.
/// </summary>
public abstract class QueryCompilationTests<TFixture>(TFixture hub)
    where TFixture : SyntheticHubFixture
{
    private const string Reads = """
        query($station: ID!, $district: String!, $city: String!, $year: Period!, $month: Period!) {
          station(id: $station) {
            name
            region { name parent { name } }
            operator { name }
            brands { name projects { name } }
            projects(first: 10) { totalCount nodes { name results { title } } }
            partners { name }
            activities(first: 5) { nodes { title } }
            indicators(period: $year) { indicator { code } value }
            monthly: indicators(period: $month, codes: ["volunteer_hours", "subsistence_households", "volunteers_registered"]) { value suppressed }
            series(code: "volunteer_hours", from: "2024-01", to: "2024-12") { value }
          }
          district: region(code: $district) {
            indicators(period: $year, codes: ["volunteer_hours", "subsistence_households"]) { value suppressed reportingStations expectedStations }
            children { indicators(period: "2024-Q2", codes: ["volunteer_hours", "households_tracked"]) { value reportingStations } }
            stations(first: 50) { totalCount nodes { indicators(period: $year, codes: ["volunteer_hours", "news_articles"]) { value } } }
            series(code: "volunteers_registered", from: "2024-Q1", to: "2024-Q4") { value }
          }
          city: region(code: $city) {
            children { indicators(period: $month, codes: ["volunteer_hours", "subsistence_households"]) { value suppressed } }
          }
          stationComparison: comparison(input: { regionCode: $district, level: STATION, period: $year, codes: ["volunteer_hours", "volunteers_registered"], first: 10 }) {
            totalCount rows { name rank values { value } }
          }
          districtComparison: comparison(input: { regionCode: $city, level: DISTRICT, period: $month, codes: ["volunteer_hours", "households_tracked"] }) {
            totalCount rows { name rank metrics { previous yearEarlier } }
          }
        }
        """;

    [Fact]
    public async Task Reads_for_other_stations_and_regions_compile_no_new_queries()
    {
        var districts = (await hub.Admin.QueryAsync("""
                { regions(first: 100, where: { level: { eq: DISTRICT } }) { nodes { code children { code } parent { code children { code } } stations(first: 100) { nodes { id } } } } }
                """))["regions"]!["nodes"]!
            .AsArray()
            .Select(d => new
            {
                Code = d!["code"]!.GetValue<string>(),
                City = d["parent"]!["code"]!.GetValue<string>(),
                Stations = d["stations"]!["nodes"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList(),
                // Id lists are padded to the next power of two (RollupStatement): lists of one size class are one text.
                SizeClass = (SizeClass(d["stations"]!["nodes"]!.AsArray().Count), SizeClass(d["children"]!.AsArray().Count), SizeClass(d["parent"]!["children"]!.AsArray().Count)),
            })
            .Where(d => d.Stations.Count > 0)
            .ToList();
        var alike = districts.GroupBy(d => d.SizeClass).MaxBy(g => g.Count())!.ToList();
        Assert.True(alike.Count >= 2, "two districts of one size class");
        Assert.True(alike.Select(d => d.Stations.Count).Distinct().Count() > 1 || alike.Select(d => d.City).Distinct().Count() > 1,
            "the districts differ in their number of stations or in their city");

        // Each round: another station, another month, and another district while there are.
        var rounds = Enumerable.Range(0, 4).Select(i =>
        {
            var district = alike[i % alike.Count];
            return new { station = district.Stations[i % district.Stations.Count], district = district.Code, city = district.City, year = "2024", month = $"2024-{i + 3:00}" };
        }).ToList();

        using var compilations = EfCoreEvents.Of(hub.Database, CoreEventId.QueryCompilationStarting);
        async Task ReadAsync(object variables, string district)
        {
            foreach (var client in new[] { hub.Client, hub.ClientAs(HubRole.Analyst, regionCode: district), hub.Admin })
            {
                var response = await client.PostAsync(Reads, variables);
                Assert.True(response.Errors is null || response.Errors.All(e => e!["extensions"]!["code"]!.GetValue<string>() == "FORBIDDEN"), response.Body);
                Assert.NotNull(response.Data!["station"]);
                Assert.NotEmpty((JsonArray)response.Data!["stationComparison"]!["rows"]!);
            }
        }

        await ReadAsync(rounds[0], rounds[0].district);
        Assert.NotEmpty(compilations.Take());

        foreach (var round in rounds.Skip(1))
        {
            await ReadAsync(round, round.district);
        }

        var compiled = compilations.Take();
        Assert.True(compiled.Count == 0, $"{compiled.Count} queries compiled after the first round:\n" + string.Join("\n---\n", compiled));
    }

    private static int SizeClass(int count) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(count, 1));
}

public sealed class QueryCompilationOnSqlite(SqliteSyntheticHub hub) : QueryCompilationTests<SqliteSyntheticHub>(hub), IClassFixture<SqliteSyntheticHub>;

public sealed class QueryCompilationOnMariaDb(MariaDbSyntheticHub hub) : QueryCompilationTests<MariaDbSyntheticHub>(hub), IClassFixture<MariaDbSyntheticHub>;

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hub.Data.Organizations;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Stations;

/// <summary>Station codes through the public GraphQL endpoint: the demo's are distinct and follow the documented scheme, and stationByCode finds them.</summary>
public abstract partial class StationCodeQueryTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    [Fact]
    public async Task Every_demo_station_has_a_distinct_code_made_of_its_region_code_and_a_sequence()
    {
        var stations = await StationsAsync();

        Assert.Equal(17, stations.Count);
        Assert.Equal(stations.Count, stations.Select(s => s.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(stations, s =>
        {
            Assert.Matches(CodePattern(), s.Code);
            Assert.Equal($"{s.RegionCode}-01", s.Code);
        });
        Assert.Contains(stations, s => s is { Name: "千佛山街道社工站", Code: "370102002000-01" });
        Assert.Contains(stations, s => s is { Name: "崔寨街道社工站", Code: "370115003000-01" });
    }

    [Fact]
    public async Task Station_by_code_returns_that_station()
    {
        var qianfoshan = (await StationsAsync()).Single(s => s.Name == "千佛山街道社工站");

        var data = await hub.Client.QueryAsync("query($code: String!) { stationByCode(code: $code) { id name code region { code } } }", new { code = "370102002000-01" });

        var station = data["stationByCode"]!;
        Assert.Equal(qianfoshan.Id, station["id"]!.GetValue<string>());
        Assert.Equal("千佛山街道社工站", station["name"]!.GetValue<string>());
        Assert.Equal("370102002000-01", station["code"]!.GetValue<string>());
        Assert.Equal("370102002000", station["region"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_demo_station_is_found_by_its_code_in_one_batched_statement()
    {
        var stations = await StationsAsync();
        var fields = stations.Select((s, i) => $"s{i}: stationByCode(code: \"{s.Code}\") {{ id code }}");

        var response = await hub.Client.PostExecutedAsync($"{{ {string.Join(' ', fields)} }}");

        Assert.Null(response.Errors);
        for (var i = 0; i < stations.Count; i++)
        {
            Assert.Equal(stations[i].Id, response.Data![$"s{i}"]!["id"]!.GetValue<string>());
            Assert.Equal(stations[i].Code, response.Data![$"s{i}"]!["code"]!.GetValue<string>());
        }

        Assert.Equal(1, response.SqlStatements);
    }

    [Theory]
    [InlineData("370102002000-99")] // well-formed, but no station has it
    [InlineData("S999999")]
    [InlineData("千佛山")]           // not a code at all: no query is sent
    [InlineData("")]
    [InlineData("370102002000-01-0000000000000000000")] // longer than a code can be
    public async Task An_unknown_code_returns_null(string code)
    {
        var response = await hub.Client.PostAsync("query($code: String!) { stationByCode(code: $code) { id } }", new { code });

        Assert.Null(response.Errors);
        Assert.True(response.Data!.ContainsKey("stationByCode"));
        Assert.Null(response.Data["stationByCode"]);
    }

    [Fact]
    public async Task Letter_case_and_surrounding_space_do_not_matter()
    {
        var data = await hub.Client.QueryAsync("{ stationByCode(code: \" 370102002000-01 \") { name } }");
        Assert.Equal("千佛山街道社工站", data["stationByCode"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stations_filter_and_sort_by_code()
    {
        var data = await hub.Client.QueryAsync("""
            { stations(where: { code: { startsWith: "3701" } }, order: [{ code: DESC }], first: 100) { nodes { code } } }
            """);

        var codes = ((JsonArray)data["stations"]!["nodes"]!).Select(n => n!["code"]!.GetValue<string>()).ToList();
        Assert.Equal(["370115003000-01", "370103008000-01", "370102002000-01", "370100000000-01"], codes);
    }

    [Fact]
    public async Task Demo_organisations_carry_no_credit_code_the_seeds_do_not_give()
    {
        var data = await hub.Client.QueryAsync("{ stations(first: 100) { nodes { operator { creditCode } funder { creditCode } } } }");

        var codes = ((JsonArray)data["stations"]!["nodes"]!)
            .SelectMany(n => new[] { n!["operator"], n["funder"] })
            .Where(o => o is not null)
            .Select(o => o!["creditCode"]);
        Assert.All(codes, Assert.Null);
    }

    private async Task<List<StationRow>> StationsAsync()
    {
        var data = await hub.Client.QueryAsync("{ stations(first: 100) { nodes { id name code region { code } } } }");
        return [.. ((JsonArray)data["stations"]!["nodes"]!).Select(n => new StationRow(
            n!["id"]!.GetValue<string>(), n["name"]!.GetValue<string>(), n["code"]!.GetValue<string>(), n["region"]!["code"]!.GetValue<string>()))];
    }

    [GeneratedRegex("^[A-Z0-9_-]{1,32}$")]
    private static partial Regex CodePattern();

    private sealed record StationRow(string Id, string Name, string Code, string RegionCode);
}

public sealed class StationCodeQueriesOnSqlite(SqliteDemoHub hub) : StationCodeQueryTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class StationCodeQueriesOnMariaDb(MariaDbDemoHub hub) : StationCodeQueryTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

/// <summary>The generator's stations and organisations: codes by the same scheme, credit codes unique and with right check characters.</summary>
public abstract class SyntheticStationCodeTests<TFixture>(TFixture hub)
    where TFixture : SyntheticHubFixture
{
    [Fact]
    public async Task Generated_stations_have_their_region_code_and_01_and_organisations_valid_unique_credit_codes()
    {
        var data = await hub.Client.QueryAsync(
            "{ stations(first: 100) { nodes { code region { code } operator { id creditCode } funder { id creditCode } } } }");

        var nodes = ((JsonArray)data["stations"]!["nodes"]!).Select(n => n!).ToList();
        Assert.Equal(SyntheticHubFixture.HundredStations.Stations, nodes.Count);
        Assert.All(nodes, n => Assert.Equal($"{n["region"]!["code"]!.GetValue<string>()}-01", n["code"]!.GetValue<string>()));
        Assert.Equal(nodes.Count, nodes.Select(n => n["code"]!.GetValue<string>()).Distinct(StringComparer.Ordinal).Count());

        var organisations = nodes.SelectMany(n => new[] { n["operator"], n["funder"] }).Where(o => o is not null)
            .Select(o => (Id: o!["id"]!.GetValue<string>(), Code: o["creditCode"]!.GetValue<string>()))
            .Distinct()
            .ToList();
        Assert.All(organisations, o => Assert.True(UnifiedSocialCreditCode.TryParse(o.Code, out var code) && code.Value == o.Code, o.Code));
        Assert.Equal(organisations.Count, organisations.Select(o => o.Code).Distinct(StringComparer.Ordinal).Count());
    }
}

public sealed class SyntheticStationCodesOnSqlite(SqliteSyntheticHub hub) : SyntheticStationCodeTests<SqliteSyntheticHub>(hub), IClassFixture<SqliteSyntheticHub>;

public sealed class SyntheticStationCodesOnMariaDb(MariaDbSyntheticHub hub) : SyntheticStationCodeTests<MariaDbSyntheticHub>(hub), IClassFixture<MariaDbSyntheticHub>;

using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Indicators;

/// <summary>
/// Station and region indicator values follow the hub's rules, checked against values worked out
/// by hand from <see cref="RollupFixtureData"/>: FLOW sums, STOCK takes the last month, a year comes
/// from the yearly report when there is one (never added to its months), missing is not zero.
/// </summary>
public abstract class IndicatorRollupTests<TFixture>(TFixture hub) : IAsyncLifetime
    where TFixture : HubServerFixture
{
    // Static per closed generic type: one arrangement per fixture (per database), shared by the class's tests.
    private static readonly SemaphoreSlim Arranged = new(1, 1);
    private static IReadOnlyDictionary<string, int>? _stations;

    private static IReadOnlyDictionary<string, int> Stations => _stations ?? throw new InvalidOperationException("Not arranged.");

    public async Task InitializeAsync()
    {
        await Arranged.WaitAsync();
        try
        {
            if (_stations is null)
            {
                await using var scope = hub.CreateScope();
                _stations = await RollupFixtureData.ArrangeAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>());
            }
        }
        finally
        {
            Arranged.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("2024", "100", "60")]          // yearly volunteer_hours wins over the months; stock = last month (March)
    [InlineData("2024-Q1", "30.75", "60")]     // months of the quarter only
    [InlineData("2024-02", "20.25", null)]     // no households figure in February: missing, not carried forward
    [InlineData("2023", null, null)]
    public async Task A_station_answers_each_period_by_the_rules(string period, string? hours, string? households)
    {
        var data = await hub.Client.QueryAsync(
            "query($id: ID!, $period: Period!) { station(id: $id) { indicators(period: $period, codes: [\"volunteer_hours\", \"households_tracked\"]) { indicator { code kind } period exactValue value reportingStations expectedStations suppressed } } }",
            new { id = GlobalId.Of("Station", Stations["A"]), period });
        var values = (JsonArray)data["station"]!["indicators"]!;
        Assert.Equal(["volunteer_hours", "households_tracked"], values.Select(v => v!["indicator"]!["code"]!.GetValue<string>()));
        AssertValue(values[0]!, hours, hours is null ? 0 : 1, 1);
        AssertValue(values[1]!, households, households is null ? 0 : 1, 1);
        Assert.Equal(period, values[0]!["period"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(RollupFixtureData.DistrictOne, "2024", "107", 2, "100", 2, 2)]
    [InlineData(RollupFixtureData.DistrictOne, "2024-Q1", "37.75", 2, "105", 2, 2)]
    [InlineData(RollupFixtureData.DistrictTwo, "2024", null, 0, null, 0, 1)]
    [InlineData(RollupFixtureData.City, "2024", "107", 2, "100", 2, 3)]
    public async Task A_region_adds_up_its_stations_and_says_how_many_reported(
        string code, string period, string? hours, int hoursReporting, string? households, int householdsReporting, int expected)
    {
        var data = await hub.Client.QueryAsync(
            "query($code: String!, $period: Period!) { region(code: $code) { indicators(period: $period, codes: [\"volunteer_hours\", \"households_tracked\"]) { exactValue reportingStations expectedStations } } }",
            new { code, period });
        var values = (JsonArray)data["region"]!["indicators"]!;
        AssertValue(values[0]!, hours, hoursReporting, expected);
        AssertValue(values[1]!, households, householdsReporting, expected);
    }

    [Fact]
    public async Task Regions_of_one_level_are_aggregated_in_one_statement()
    {
        const string query = "{ regions(first: 20) { nodes { code indicators(period: \"2024\", codes: [\"volunteer_hours\"]) { exactValue reportingStations } } } }";
        var response = await hub.Client.PostExecutedAsync(query);
        Assert.Null(response.Errors);
        var byCode = ((JsonArray)response.Data!["regions"]!["nodes"]!).ToDictionary(n => n!["code"]!.GetValue<string>(), n => n!["indicators"]![0]!);
        Assert.Equal(107m, byCode["990000000000"]["exactValue"]!.GetValue<decimal>());
        Assert.Equal(100m, byCode["990101001000"]["exactValue"]!.GetValue<decimal>());

        // regions page + catalogue + one roll-up for all seven regions
        Assert.Equal(3, response.SqlStatements);
    }

    [Fact]
    public async Task An_unknown_indicator_code_is_a_clear_input_error()
    {
        var response = await hub.Client.PostExecutedAsync(
            "query($code: String!) { region(code: $code) { indicators(period: \"2024\", codes: [\"no_such_code\"]) { value } } }",
            new { code = RollupFixtureData.City });
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Contains("no_such_code", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("24")]
    [InlineData("2024-Q5")]
    public async Task A_malformed_period_is_refused_before_execution(string period)
    {
        var response = await hub.Client.PostExecutedAsync(
            "query($code: String!, $period: Period!) { region(code: $code) { indicators(period: $period) { value } } }",
            new { code = RollupFixtureData.City, period });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data?["region"]);
    }

    private static void AssertValue(JsonNode value, string? expected, int reporting, int inScope)
    {
        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value["exactValue"]?.GetValue<decimal>());
        Assert.Equal(reporting, value["reportingStations"]!.GetValue<int>());
        Assert.Equal(inScope, value["expectedStations"]!.GetValue<int>());
    }
}

public sealed class IndicatorRollupsOnSqlite(SqliteEmptyHub hub) : IndicatorRollupTests<SqliteEmptyHub>(hub), IClassFixture<SqliteEmptyHub>;

public sealed class IndicatorRollupsOnMariaDb(MariaDbEmptyHub hub) : IndicatorRollupTests<MariaDbEmptyHub>(hub), IClassFixture<MariaDbEmptyHub>;

using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Schema.Access;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Tests.Access.SuppressionFixtureData;

namespace Hub.Tests.Access;

/// <summary>
/// Small-cell suppression against <see cref="SuppressionFixtureData"/>, whose decisions are known in advance: no
/// RESTRICTED cell below the thresholds can be read directly, recovered by subtraction, or derived from a series or
/// a comparison's ranks and changes; callers in scope read it all.
/// </summary>
public abstract class SuppressionTests<TFixture>(TFixture hub) : IAsyncLifetime
    where TFixture : HubServerFixture
{
    private static readonly SemaphoreSlim Arranged = new(1, 1);
    private static IReadOnlyDictionary<string, IReadOnlyList<int>>? _stations;

    private static IReadOnlyDictionary<string, IReadOnlyList<int>> StationsOf => _stations ?? throw new InvalidOperationException("Not arranged.");

    public async Task InitializeAsync()
    {
        await Arranged.WaitAsync();
        try
        {
            if (_stations is null)
            {
                await using var scope = hub.CreateScope();
                _stations = await ArrangeAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>());
            }
        }
        finally
        {
            Arranged.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static int Total(params string[] districts) => districts.Sum(d => Districts[d].Stations * Districts[d].Value);

    [Fact]
    public async Task The_public_sees_no_cell_below_the_thresholds_and_none_recoverable_by_subtraction()
    {
        // A year: the one period whose restricted cells the public sees (the year takes June, each station's last month).
        var audit = await SuppressionAudit.ReadAsync(hub.Client, Restricted, "2024");
        Assert.Empty(audit.Leaks(minStations: 5, minUnits: 10));

        Assert.True(audit.Region(D1).Suppressed);   // 6 units
        Assert.True(audit.Region(D4).Suppressed);   // 2 stations
        Assert.True(audit.Region(D2).Suppressed);   // else C1 − D2 − D3 = D1
        Assert.True(audit.Region(D5).Suppressed);   // else C2 − D5 − D6 = D4
        Assert.Null(audit.Region(D2).Value);
        Assert.Equal(Total(D3), audit.Region(D3).Value);
        Assert.Equal(0, audit.Region(D6).Value);
        Assert.Equal(Total(D1, D2, D3), audit.Region(CityOne).Value);
        Assert.Equal(Total(D4, D5, D6), audit.Region(CityTwo).Value);
        Assert.Equal(Total([.. Districts.Keys]), audit.Region(Province).Value);
        Assert.All(audit.Stations.Where(s => s.ReportingStations > 0), s => Assert.True(s.Suppressed && s.Value is null));
        Assert.Equal(StationsOf.Values.Sum(list => list.Count), audit.Stations.Count(s => s.ReportingStations > 0));
    }

    [Theory]
    [InlineData(HubRole.Partner)]
    [InlineData(HubRole.StationStaff)]
    public async Task Partners_and_staff_outside_a_station_see_what_the_public_sees(HubRole role)
    {
        var client = hub.ClientAs(role, stationId: role == HubRole.StationStaff ? StationsOf[D3][0] : null);
        var seen = await SuppressionAudit.ReadAsync(client, Restricted, "2024-06");
        var publicView = await SuppressionAudit.ReadAsync(hub.Client, Restricted, "2024-06");
        var own = role == HubRole.StationStaff ? GlobalId.Of("Station", StationsOf[D3][0]) : null;
        Assert.Equal(publicView.Regions, seen.Regions);
        Assert.Equal(publicView.Stations.Where(s => s.Key != own), seen.Stations.Where(s => s.Key != own));
    }

    [Fact]
    public async Task Station_staff_read_their_own_station_in_full_and_nothing_else()
    {
        var own = StationsOf[D1][0];
        var audit = await SuppressionAudit.ReadAsync(hub.ClientAs(HubRole.StationStaff, stationId: own), Restricted, "2024-06");
        var mine = audit.Stations.Single(s => s.Key == GlobalId.Of("Station", own));
        Assert.Equal(Districts[D1].Value, mine.Value);
        Assert.False(mine.Suppressed);
        Assert.True(audit.Region(D1).Suppressed);
        Assert.All(audit.Stations.Where(s => s.Key != mine.Key && s.ReportingStations > 0), s => Assert.Null(s.Value));
    }

    [Fact]
    public async Task An_analyst_reads_their_subtree_in_full_and_is_the_public_outside_it()
    {
        var audit = await SuppressionAudit.ReadAsync(hub.ClientAs(HubRole.Analyst, regionCode: CityOne), Restricted, "2024-06");
        Assert.Equal(Total(D1), audit.Region(D1).Value);
        Assert.Equal(Total(D2), audit.Region(D2).Value);
        Assert.Equal(Total(D1, D2, D3), audit.Region(CityOne).Value);
        var inside = StationsOf[D1].Concat(StationsOf[D2]).Concat(StationsOf[D3]).Select(id => GlobalId.Of("Station", id)).ToHashSet();
        Assert.All(audit.Stations.Where(s => inside.Contains(s.Key)), s => Assert.False(s.Suppressed));

        // Outside C1 the analyst is the public.
        var publicView = await SuppressionAudit.ReadAsync(hub.Client, Restricted, "2024-06");
        foreach (var code in new[] { D4, D5, D6, CityTwo, Province })
        {
            Assert.Equal(publicView.Region(code), audit.Region(code));
        }

        Assert.Equal(publicView.Stations.Where(s => !inside.Contains(s.Key)), audit.Stations.Where(s => !inside.Contains(s.Key)));
    }

    [Fact]
    public async Task A_cell_is_suppressed_alike_whatever_else_the_request_asks_for()
    {
        // D2 is hidden only because of D1: asked alone, it must still be hidden.
        var alone = await hub.Client.QueryAsync($$"""{ region(code: "{{D2}}") { indicators(period: "2024-06", codes: ["{{Restricted}}"]) { value suppressed } } }""");
        Assert.True(alone["region"]!["indicators"]![0]!["suppressed"]!.GetValue<bool>());
        Assert.Null(alone["region"]!["indicators"]![0]!["value"]);

        var withD3 = await hub.Client.QueryAsync($$"""
            { a: region(code: "{{D3}}") { indicators(period: "2024-06", codes: ["{{Restricted}}"]) { value } }
              b: region(code: "{{D2}}") { indicators(period: "2024-06", codes: ["{{Restricted}}"]) { value suppressed } } }
            """);
        Assert.True(withD3["b"]!["indicators"]![0]!["suppressed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Series_points_are_suppressed_like_the_cells_they_repeat()
    {
        const string query = """
            query($code: String!, $indicator: String!) {
              region(code: $code) { series(code: $indicator, from: "2024-04", to: "2024-07") { period value suppressed reportingStations } }
            }
            """;
        var d1 = (JsonArray)(await hub.Client.QueryAsync(query, new { code = D1, indicator = Restricted }))["region"]!["series"]!;
        Assert.Equal([false, true, true, false], d1.Select(p => p!["suppressed"]!.GetValue<bool>()));
        Assert.All(d1, p => Assert.Null(p!["value"]));

        // Months of a restricted indicator are hidden from the public even where the year is shown: 2024 and its
        // months share their reports.
        var d3 = (JsonArray)(await hub.Client.QueryAsync(query, new { code = D3, indicator = Restricted }))["region"]!["series"]!;
        Assert.Equal([false, true, true, false], d3.Select(p => p!["suppressed"]!.GetValue<bool>()));
        Assert.All(d3, p => Assert.Null(p!["value"]));
        var d3Year = (await hub.Client.QueryAsync(
            """query($code: String!) { region(code: $code) { series(code: "subsistence_households", from: "2024", to: "2024") { value } } }""",
            new { code = D3 }))["region"]!["series"]![0]!;
        Assert.Equal(Total(D3), d3Year["value"]!.GetValue<double>());

        var admin = (JsonArray)(await hub.Admin.QueryAsync(query, new { code = D1, indicator = Restricted }))["region"]!["series"]!;
        Assert.Equal([null, Total(D1), Total(D1), null], admin.Select(p => p!["value"]?.GetValue<double>()));
    }

    [Fact]
    public async Task Comparison_ranks_percentiles_changes_and_rates_never_reveal_a_suppressed_cell()
    {
        const string query = """
            query($level: ComparisonLevel!) {
              comparison(input: { regionCode: "980100000000", level: $level, period: "2024", codes: ["subsistence_households"] }) {
                totalCount
                rows { regionCode stationId rank percentile values { value suppressed }
                       metrics { value rank percentile previous changeFromPrevious changeFromPreviousPercent perTenThousandPeople yearEarlier } }
              }
            }
            """;
        var rows = ((JsonArray)(await hub.Client.QueryAsync(query, new { level = "DISTRICT" }))["comparison"]!["rows"]!).Select(r => r!).ToList();
        Assert.Equal(3, rows.Count);
        foreach (var hidden in rows.Where(r => r["regionCode"]!.GetValue<string>() is D1 or D2))
        {
            Assert.True(hidden["values"]![0]!["suppressed"]!.GetValue<bool>());
            Assert.Null(hidden["values"]![0]!["value"]);
            Assert.Null(hidden["rank"]);
            Assert.Null(hidden["percentile"]);
            var metric = (JsonObject)hidden["metrics"]![0]!;
            Assert.All(metric, pair => Assert.Null(pair.Value));
        }

        var d3 = rows.Single(r => r["regionCode"]!.GetValue<string>() == D3);
        Assert.Equal(1, d3["rank"]!.GetValue<int>());
        Assert.Equal(100, d3["percentile"]!.GetValue<double>());
        Assert.Null(d3["metrics"]![0]!["previous"]);   // nothing reported in 2023

        // A month of it is suppressed for every district: no rank to give.
        var june = (JsonArray)(await hub.Client.QueryAsync(query.Replace("period: \"2024\"", "period: \"2024-06\"", StringComparison.Ordinal), new { level = "DISTRICT" }))["comparison"]!["rows"]!;
        Assert.All(june.Where(r => r!["values"]![0]!["value"] is not null || r!["values"]![0]!["suppressed"]!.GetValue<bool>()), r => Assert.Null(r!["rank"]));
        Assert.All(june, r => Assert.Null(r!["values"]![0]!["value"]));

        // Station rows rest on one station each: all hidden, none ranked.
        var stations = (JsonArray)(await hub.Client.QueryAsync(query, new { level = "STATION" }))["comparison"]!["rows"]!;
        Assert.All(stations, r => Assert.Null(r!["rank"]));
        Assert.All(stations, r => Assert.True(r!["values"]![0]!["suppressed"]!.GetValue<bool>()));

        // An admin sees every district ranked.
        var admin = ((JsonArray)(await hub.Admin.QueryAsync(query, new { level = "DISTRICT" }))["comparison"]!["rows"]!).Select(r => r!).ToList();
        Assert.Equal([1, 2, 3], admin.Select(r => r["rank"]!.GetValue<int>()));
        Assert.Equal([Total(D3), Total(D2), Total(D1)], admin.Select(r => r["values"]![0]!["value"]!.GetValue<double>()));
    }

    [Fact]
    public async Task An_internal_indicator_is_forbidden_outside_its_scope_and_left_out_of_the_full_list()
    {
        var station = GlobalId.Of("Station", StationsOf[D1][0]);
        const string named = """
            query($id: ID!) { station(id: $id) { indicators(period: "2024-06", codes: ["staff_turnover", "volunteer_hours"]) { indicator { code } value suppressed } } }
            """;
        var refused = await hub.Client.PostAsync(named, new { id = station });
        Assert.Equal("FORBIDDEN", refused.FirstErrorCode);
        Assert.Equal("[\"station\",\"indicators\",0,\"value\"]", refused.Errors![0]!["path"]!.ToJsonString());
        Assert.Null(refused.Data!["station"]!["indicators"]![0]!["value"]);

        var all = await hub.Client.QueryAsync("query($id: ID!) { station(id: $id) { indicators(period: \"2024-06\") { indicator { code } } } }", new { id = station });
        var codes = ((JsonArray)all["station"]!["indicators"]!).Select(v => v!["indicator"]!["code"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain(Internal, codes);
        Assert.Contains(Restricted, codes);

        var series = await hub.Client.PostAsync($$"""{ region(code: "{{D1}}") { series(code: "{{Internal}}", from: "2024-06", to: "2024-06") { value } } }""");
        Assert.Equal("FORBIDDEN", series.FirstErrorCode);
        var comparison = await hub.Client.PostAsync($$"""{ comparison(input: { regionCode: "{{CityOne}}", level: DISTRICT, period: "2024-06", codes: ["{{Internal}}"] }) { totalCount } }""");
        Assert.Equal("FORBIDDEN", comparison.FirstErrorCode);

        // In scope: the analyst of C1 reads D1's sum, the station's staff its own figure, an admin anything.
        var analyst = await hub.ClientAs(HubRole.Analyst, regionCode: CityOne)
            .QueryAsync($$"""{ region(code: "{{D1}}") { indicators(period: "2024-06", codes: ["{{Internal}}"]) { value } } }""");
        Assert.Equal(3 * Districts[D1].Stations, analyst["region"]!["indicators"]![0]!["value"]!.GetValue<double>());
        var outside = await hub.ClientAs(HubRole.Analyst, regionCode: CityTwo).PostAsync(named, new { id = station });
        Assert.Equal("FORBIDDEN", outside.FirstErrorCode);
        var staff = await hub.ClientAs(HubRole.StationStaff, stationId: StationsOf[D1][0]).QueryAsync(named, new { id = station });
        Assert.Equal(3, staff["station"]!["indicators"]![0]!["value"]!.GetValue<double>());
        var admin = await hub.Admin.QueryAsync("{ comparison(input: { regionCode: \"980100000000\", level: DISTRICT, period: \"2024-06\", codes: [\"staff_turnover\"] }) { totalCount } }");
        Assert.Equal(3, admin["comparison"]!["totalCount"]!.GetValue<int>());
    }
}

public sealed class SuppressionOnSqlite(SqliteEmptyHub hub) : SuppressionTests<SqliteEmptyHub>(hub), IClassFixture<SqliteEmptyHub>;

public sealed class SuppressionOnMariaDb(MariaDbEmptyHub hub) : SuppressionTests<MariaDbEmptyHub>(hub), IClassFixture<MariaDbEmptyHub>;

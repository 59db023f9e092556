using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Writes;

/// <summary>
/// Writers racing on the same rows all succeed: a figure submitted by 50 clients at once is stored once and replaced
/// 49 times (no duplicate-key failures, no conflicts nobody asked for); only a stated <c>expectedVersion</c> may
/// conflict, and then all but one of the racers are told so. Activities recorded in parallel on one station and
/// month each land with the month's derived figures. On both databases.
/// </summary>
public abstract class ConcurrentWritesTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Submit = """
        mutation($rows: [ObservationInput!]!) {
          submitObservations(input: { observations: $rows }) { observations { indicator { code } version } errors { code message } }
        }
        """;

    private const string Versions = """
        query($id: ID!) { station(id: $id) { indicators(period: "2036-07", codes: ["news_articles", "videos_published", "training_sessions"]) { indicator { code } value } } }
        """;

    [Fact]
    public async Task Fifty_identical_batches_at_once_all_succeed_and_store_each_figure_once()
    {
        var (station, _) = await hub.Client.StationAsync(2);
        var rows = new[]
        {
            new { stationId = station, indicator = "news_articles", period = "2036-07", value = 7m },
            new { stationId = station, indicator = "videos_published", period = "2036-07", value = 2m },
            new { stationId = station, indicator = "training_sessions", period = "2036-07", value = 3m },
        };

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => hub.Admin.PostAsync(Submit, new { rows })));

        Assert.All(responses, r => Assert.True(r.Errors is null && ((JsonArray)r.Data!["submitObservations"]!["errors"]!).Count == 0, r.Body));

        // Every batch replaced the one before it: the versions a client saw are 1..50, each once, per figure.
        foreach (var code in new[] { "news_articles", "videos_published", "training_sessions" })
        {
            var versions = responses.Select(r => ((JsonArray)r.Data!["submitObservations"]!["observations"]!)
                .Single(o => o!["indicator"]!["code"]!.GetValue<string>() == code)!["version"]!.GetValue<int>()).Order().ToList();
            Assert.Equal(Enumerable.Range(1, 50), versions);
        }

        var values = (await hub.Client.QueryAsync(Versions, new { id = station }))["station"]!["indicators"]!.AsArray()
            .ToDictionary(v => v!["indicator"]!["code"]!.GetValue<string>(), v => v!["value"]!.GetValue<decimal>());
        Assert.Equal(7m, values["news_articles"]);
        Assert.Equal(2m, values["videos_published"]);
        Assert.Equal(3m, values["training_sessions"]);
    }

    [Fact]
    public async Task Racers_that_state_the_same_expected_version_are_refused_all_but_one()
    {
        var (station, _) = await hub.Client.StationAsync(3);
        var first = await hub.Admin.QueryAsync(Submit, new { rows = new[] { new { stationId = station, indicator = "news_articles", period = "2036-08", value = 1m } } });
        Assert.Equal(1, first["submitObservations"]!["observations"]![0]!["version"]!.GetValue<int>());

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => hub.Admin.PostAsync(Submit, new
        {
            rows = new[] { new { stationId = station, indicator = "news_articles", period = "2036-08", value = 100m + i, expectedVersion = 1 } },
        })));

        var codes = responses.Select(r => ((JsonArray)r.Data!["submitObservations"]!["errors"]!).Select(e => e!["code"]!.GetValue<string>()).SingleOrDefault()).ToList();
        Assert.Single(codes, c => c is null);
        Assert.Equal(11, codes.Count(c => c == "VERSION_CONFLICT"));
        var winner = responses.Single(r => ((JsonArray)r.Data!["submitObservations"]!["errors"]!).Count == 0);
        Assert.Equal(2, winner.Data!["submitObservations"]!["observations"]![0]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Twenty_activities_recorded_at_once_on_one_station_each_land_with_the_months_figures()
    {
        var (station, _) = await hub.Client.StationAsync(4);
        const string record = """
            mutation($input: RecordActivityInput!) { recordActivity(input: $input) { activity { id } errors { field message } } }
            """;
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => hub.Admin.PostAsync(record, new
        {
            input = new { stationId = station, kind = "VOLUNTEER_SERVICE", title = $"并发志愿服务 {i}", occurredOn = "2019-02-10", volunteers = 2, volunteerHours = 1.5m },
        })));

        Assert.All(responses, r => Assert.True(r.Errors is null && ((JsonArray)r.Data!["recordActivity"]!["errors"]!).Count == 0, r.Body));
        Assert.Equal(20, responses.Select(r => r.Data!["recordActivity"]!["activity"]!["id"]!.GetValue<string>()).Distinct().Count());

        var stored = (await hub.Admin.QueryAsync(
            """query($id: ID!) { station(id: $id) { activities(first: 100, where: { title: { startsWith: "并发志愿服务" } }) { totalCount } } }""",
            new { id = station }))["station"]!["activities"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(20, stored);

        // Derived from all twenty, whoever committed last: a lost update would leave fewer.
        Assert.Equal(30m, await hub.Client.StationValueAsync(station, "2019-02", "volunteer_hours"));
        Assert.Equal(40m, await hub.Client.StationValueAsync(station, "2019-02", "volunteer_person_times"));
    }
}

public sealed class ConcurrentWritesOnSqlite(SqliteDemoHub hub) : ConcurrentWritesTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class ConcurrentWritesOnMariaDb(MariaDbDemoHub hub) : ConcurrentWritesTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

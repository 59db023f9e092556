using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Observations;

/// <summary>
/// <c>submitObservations</c> stores a batch all or nothing; re-submitting a figure replaces it (the
/// roll-ups never count it twice); a stated version guards against lost updates. On both databases.
/// </summary>
public abstract class SubmitObservationsTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Submit = """
        mutation($rows: [ObservationInput!]!) {
          submitObservations(input: { observations: $rows }) {
            observations { station { name } indicator { code } period value version source }
            errors { row field code message }
          }
        }
        """;

    [Fact]
    public async Task A_resubmitted_figure_replaces_the_stored_one_and_is_never_counted_twice()
    {
        var (station, name) = await hub.Client.StationAsync(0);
        var first = await SubmitAsync(new { stationId = station, indicator = "news_articles", period = "2031-05", value = 12.5m });
        Assert.Empty((JsonArray)first["errors"]!);
        var stored = first["observations"]![0]!;
        Assert.Equal(name, stored["station"]!["name"]!.GetValue<string>());
        Assert.Equal("2031-05", stored["period"]!.GetValue<string>());
        Assert.Equal(12.5m, stored["value"]!.GetValue<decimal>());
        Assert.Equal(1, stored["version"]!.GetValue<int>());

        var second = await SubmitAsync(new { stationId = station, indicator = "news_articles", period = "2031-05", value = 20 });
        Assert.Equal(2, second["observations"]![0]!["version"]!.GetValue<int>());

        Assert.Equal(20m, await hub.Client.StationValueAsync(station, "2031-05", "news_articles"));
        Assert.Equal(20m, await hub.Client.StationValueAsync(station, "2031", "news_articles"));
        Assert.Equal(20m, await hub.Client.StationValueAsync(station, "2031-Q2", "news_articles"));
    }

    [Fact]
    public async Task A_batch_with_bad_rows_stores_nothing_and_names_every_bad_row()
    {
        var (station, _) = await hub.Client.StationAsync(1);
        var (other, _) = await hub.Client.StationAsync(2);
        var projectId = (await hub.Client.QueryAsync("{ projects(first: 1) { nodes { id } } }"))["projects"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var response = await SubmitAsync(
            new { stationId = station, indicator = "news_articles", period = "2032-01", value = 3 },
            new { stationId = other, indicator = "no_such_code", period = "2032-01", value = 3 },
            new { stationId = station, indicator = "news_articles", period = "2032-Q1", value = 3 },
            new { stationId = station, indicator = "volunteers_registered", period = "2032-01", value = 1.23456m },
            new { stationId = projectId, indicator = "news_articles", period = "2032-01", value = 3 },
            new { stationId = station, indicator = "news_articles", period = "2032-01", value = 4 });

        Assert.Empty((JsonArray)response["observations"]!);
        var errors = ((JsonArray)response["errors"]!).Select(e => (e!["row"]!.GetValue<int>(), e["field"]!.GetValue<string>(), e["code"]!.GetValue<string>())).ToList();
        Assert.Equal(
            [(2, "indicator", "BAD_USER_INPUT"), (3, "period", "BAD_USER_INPUT"), (4, "value", "BAD_USER_INPUT"), (5, "station", "BAD_USER_INPUT"), (6, "period", "BAD_USER_INPUT")],
            errors);
        Assert.Null(await hub.Client.StationValueAsync(station, "2032-01", "news_articles"));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_changes_nothing()
    {
        var (station, _) = await hub.Client.StationAsync(3);
        var created = await SubmitAsync(new { stationId = station, indicator = "volunteers_registered", period = "2033-02", value = 80, expectedVersion = 0 });
        Assert.Empty((JsonArray)created["errors"]!);
        await SubmitAsync(new { stationId = station, indicator = "volunteers_registered", period = "2033-02", value = 90, expectedVersion = 1 });

        var stale = await SubmitAsync(
            new { stationId = station, indicator = "news_articles", period = "2033-02", value = 5 },
            new { stationId = station, indicator = "volunteers_registered", period = "2033-02", value = 100, expectedVersion = 1 });
        var error = ((JsonArray)stale["errors"]!).Single()!;
        Assert.Equal("VERSION_CONFLICT", error["code"]!.GetValue<string>());
        Assert.Equal(2, error["row"]!.GetValue<int>());
        Assert.Equal(90m, await hub.Client.StationValueAsync(station, "2033-02", "volunteers_registered"));
        Assert.Null(await hub.Client.StationValueAsync(station, "2033-02", "news_articles"));
    }

    private async Task<JsonNode> SubmitAsync(params object[] rows)
    {
        var data = await hub.Admin.QueryAsync(Submit, new { rows });
        return data["submitObservations"]!;
    }
}

public sealed class SubmitObservationsOnSqlite(SqliteDemoHub hub) : SubmitObservationsTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class SubmitObservationsOnMariaDb(MariaDbDemoHub hub) : SubmitObservationsTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

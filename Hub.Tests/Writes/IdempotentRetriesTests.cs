using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Schema.Access;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Writes;

/// <summary>
/// A client that did not hear back retries under the key it chose (<c>clientMutationId</c> or an
/// <c>Idempotency-Key</c> header): the retry returns the first result and stores nothing new, even when the retries
/// race each other; the same key with other input is a mistake and is refused. On both databases.
/// </summary>
public abstract class IdempotentRetriesTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Record = """
        mutation($input: RecordActivityInput!) { recordActivity(input: $input) { activity { id title } errors { field message } } }
        """;

    [Fact]
    public async Task A_retry_under_the_same_clientMutationId_returns_the_first_activity_and_stores_nothing_new()
    {
        var (station, _) = await hub.Client.StationAsync(0);
        var subject = "retrier-" + Guid.NewGuid().ToString("N")[..8];
        var client = hub.ClientWith("Bearer", TestTokens.For(HubRole.Admin, subject));
        var title = "重试的活动 " + Guid.NewGuid().ToString("N")[..6];
        var input = new { clientMutationId = "visit-2019-03-01-a", stationId = station, kind = "HOME_VISIT", title, occurredOn = "2019-03-01", participants = 4 };

        var first = (await client.QueryAsync(Record, new { input }))["recordActivity"]!["activity"]!["id"]!.GetValue<string>();
        var retries = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.QueryAsync(Record, new { input })));

        Assert.All(retries, r => Assert.Equal(first, r["recordActivity"]!["activity"]!["id"]!.GetValue<string>()));
        Assert.Equal(1, await CountAsync(station, title));

        var audit = await hub.Admin.QueryAsync(
            """query($subject: String) { auditLog(subject: $subject, mutation: "recordActivity", first: 50) { nodes { outcome } } }""", new { subject });
        var outcomes = audit["auditLog"]!["nodes"]!.AsArray().Select(n => n!["outcome"]!.GetValue<string>()).ToList();
        Assert.Equal(1, outcomes.Count(o => o == "SUCCEEDED"));
        Assert.Equal(8, outcomes.Count(o => o == "REPLAYED"));
    }

    [Fact]
    public async Task Retries_racing_under_one_key_store_the_activity_once()
    {
        var (station, _) = await hub.Client.StationAsync(1);
        var client = hub.ClientWith("Bearer", TestTokens.For(HubRole.Admin, "racer-" + Guid.NewGuid().ToString("N")[..8]));
        var title = "并发重试 " + Guid.NewGuid().ToString("N")[..6];
        var input = new { clientMutationId = "race-1", stationId = station, kind = "GROUP_WORK", title, occurredOn = "2019-03-02" };

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.QueryAsync(Record, new { input })));

        Assert.Single(answers.Select(a => a["recordActivity"]!["activity"]!["id"]!.GetValue<string>()).Distinct());
        Assert.Equal(1, await CountAsync(station, title));
    }

    [Fact]
    public async Task The_Idempotency_Key_header_works_like_clientMutationId()
    {
        var (station, _) = await hub.Client.StationAsync(2);
        var client = hub.ClientWith("Bearer", TestTokens.For(HubRole.Admin, "header-" + Guid.NewGuid().ToString("N")[..8]));
        var title = "按请求头重试 " + Guid.NewGuid().ToString("N")[..6];
        var input = new { stationId = station, kind = "TRAINING", title, occurredOn = "2019-03-03" };

        async Task<string> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Record, variables = new { input } }) };
            request.Headers.Add("Idempotency-Key", "a1b2c3");
            using var response = await client.Http.SendAsync(request);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Null(body["errors"]);
            return body["data"]!["recordActivity"]!["activity"]!["id"]!.GetValue<string>();
        }

        Assert.Equal(await SendAsync(), await SendAsync());
        Assert.Equal(1, await CountAsync(station, title));

        // Without the key, the same input is a new activity.
        await client.QueryAsync(Record, new { input });
        Assert.Equal(2, await CountAsync(station, title));
    }

    [Fact]
    public async Task The_same_key_with_other_input_is_refused_and_stores_nothing()
    {
        var (station, _) = await hub.Client.StationAsync(3);
        var client = hub.ClientWith("Bearer", TestTokens.For(HubRole.Admin, "reuser-" + Guid.NewGuid().ToString("N")[..8]));
        var title = "键被重用 " + Guid.NewGuid().ToString("N")[..6];
        await client.QueryAsync(Record, new { input = new { clientMutationId = "k", stationId = station, kind = "TRAINING", title, occurredOn = "2019-03-04" } });

        var reused = await client.PostAsync(Record, new { input = new { clientMutationId = "k", stationId = station, kind = "TRAINING", title = title + "（改）", occurredOn = "2019-03-04" } });

        Assert.Equal("IDEMPOTENCY_KEY_REUSED", reused.FirstErrorCode);
        Assert.Equal(0, await CountAsync(station, title + "（改）"));

        // Keys are the caller's own: another caller's "k" is a first use.
        var other = hub.ClientWith("Bearer", TestTokens.For(HubRole.Admin, "other-" + Guid.NewGuid().ToString("N")[..8]));
        await other.QueryAsync(Record, new { input = new { clientMutationId = "k", stationId = station, kind = "TRAINING", title = title + "（他）", occurredOn = "2019-03-04" } });
        Assert.Equal(1, await CountAsync(station, title + "（他）"));
    }

    [Fact]
    public async Task A_retried_import_returns_the_first_counts_and_replaces_nothing()
    {
        var (station, _) = await hub.Client.StationAsync(4);
        var csv = $"station,indicator,period,value\n{station},news_articles,2019-04,9\n{station},videos_published,2019-04,1\n";
        const string import = """
            mutation($input: ImportObservationsInput!) { importObservations(input: $input) { imported replaced errors { row message } } }
            """;
        var input = new { clientMutationId = "report-2019-04", fileName = "2019-04.csv", content = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(csv)) };

        var first = (await hub.Admin.QueryAsync(import, new { input }))["importObservations"]!;
        var retry = (await hub.Admin.QueryAsync(import, new { input }))["importObservations"]!;

        Assert.Equal(2, first["imported"]!.GetValue<int>());
        Assert.Equal(first.ToJsonString(), retry.ToJsonString());

        // Stored once: the next replacement is the figure's second version, not its third.
        var next = await hub.Admin.QueryAsync(
            "mutation($rows: [ObservationInput!]!) { submitObservations(input: { observations: $rows }) { observations { version } } }",
            new { rows = new[] { new { stationId = station, indicator = "news_articles", period = "2019-04", value = 10m } } });
        Assert.Equal(2, next["submitObservations"]!["observations"]![0]!["version"]!.GetValue<int>());
    }

    private async Task<int> CountAsync(string station, string title) =>
        (await hub.Admin.QueryAsync(
            """query($id: ID!, $title: String!) { station(id: $id) { activities(first: 10, where: { title: { eq: $title } }) { totalCount } } }""",
            new { id = station, title }))["station"]!["activities"]!["totalCount"]!.GetValue<int>();
}

public sealed class IdempotentRetriesOnSqlite(SqliteDemoHub hub) : IdempotentRetriesTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class IdempotentRetriesOnMariaDb(MariaDbDemoHub hub) : IdempotentRetriesTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

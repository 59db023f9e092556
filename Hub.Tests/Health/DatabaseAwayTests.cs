using System.Net;
using System.Text.Json.Nodes;
using Hub.Data.Diagnostics;
using Hub.Schema.Access;
using Hub.Server.Cli;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Health;

/// <summary>
/// The database taken away from a running hub (its connections reset and refused, through a fault proxy in front of
/// the real MariaDB): every caller, anonymous or with credentials, gets 503 with Retry-After and
/// SERVICE_UNAVAILABLE, never a 200 with an error or an empty 500; readiness says the database is down while
/// liveness stays up; a write sent meanwhile is stored neither then nor later; and the hub recovers on its own
/// once the database returns.
/// </summary>
public sealed class DatabaseAwayTests(MariaDbBehindProxyHub hub) : IClassFixture<MariaDbBehindProxyHub>
{
    private const string Stations = "{ stations(first: 3) { nodes { name } } }";

    [Fact]
    public async Task The_database_away_is_a_503_for_everyone_and_the_hub_recovers_when_it_returns()
    {
        var (station, _) = await hub.Client.StationAsync(0);
        var staff = hub.ClientAs(HubRole.Admin);
        var partner = hub.ClientWith("ApiKey", await ApiKeyAsync());
        Assert.Null((await hub.Client.PostAsync(Stations)).Errors);
        Assert.Equal(HttpStatusCode.OK, (await hub.Client.Http.GetAsync("/health/ready")).StatusCode);

        hub.Proxy.Cut();
        try
        {
            // First an API key, which authentication looks up in the database before any GraphQL runs.
            AssertUnavailable(await partner.PostAsync(Stations));
            Assert.False(hub.Services.GetRequiredService<DatabaseAvailability>().IsAvailable, "the breaker is open");

            AssertUnavailable(await hub.Client.PostAsync(Stations));
            var write = await staff.PostAsync(
                "mutation($input: RecordActivityInput!) { recordActivity(input: $input) { activity { id } } }",
                new { input = new { stationId = station, kind = "TRAINING", title = "断库时的培训", occurredOn = "2019-07-01" } });
            AssertUnavailable(write);

            using var ready = await hub.Client.Http.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
            Assert.Equal("unhealthy", report["checks"]!["database"]!["status"]!.GetValue<string>());
            Assert.Equal(HttpStatusCode.OK, (await hub.Client.Http.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            hub.Proxy.Mend();
        }

        var deadline = DateTime.UtcNow.AddSeconds(15);
        GraphQLResponse again;
        while ((again = await hub.Client.PostAsync(Stations)).Status != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Still refused 15 s after the database returned: {again.Body}");
            await Task.Delay(100);
        }

        Assert.Null(again.Errors);
        Assert.Equal(HttpStatusCode.OK, (await hub.Client.Http.GetAsync("/health/ready")).StatusCode);
        var stored = (await staff.QueryAsync(
            """query($id: ID!) { station(id: $id) { activities(first: 5, where: { title: { eq: "断库时的培训" } }) { totalCount } } }""",
            new { id = station }))["station"]!["activities"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(0, stored);
    }

    private async Task<string> ApiKeyAsync()
    {
        await using var services = HubDataServices.For(hub.Database);
        using var output = new StringWriter();
        Assert.Equal(0, await ApiKeysCommand.RunAsync(services.Services, ["api-keys", "create", "--name", "away-" + Guid.NewGuid().ToString("N")[..8], "--role", "PARTNER"], output, TextWriter.Null));
        return output.ToString().Trim();
    }

    private static void AssertUnavailable(GraphQLResponse response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal("SERVICE_UNAVAILABLE", response.FirstErrorCode);
    }
}

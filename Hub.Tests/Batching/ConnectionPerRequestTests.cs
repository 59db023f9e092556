using Hub.Schema.Access;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Tests.Batching;

/// <summary>
/// A query's statements share one database connection: a station card of a dozen statements opens the connection
/// once, so on MariaDB the pool resets it (COM_RESET_CONNECTION and SET NAMES) once per request, not per statement.
/// Counted from EF Core's <see cref="RelationalEventId.ConnectionOpened"/> events for the fixture's database.
/// </summary>
public abstract class ConnectionPerRequestTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private static readonly string StationCard = File.ReadAllText(Repository.PathOf("bench", "queries", "station-card.graphql"));

    [Theory]
    [InlineData(HubRole.Admin)]
    [InlineData(HubRole.Partner)]
    public async Task A_station_card_opens_one_connection_for_all_its_statements(HubRole role)
    {
        var station = (await hub.Client.QueryAsync("{ stations(first: 1) { nodes { id } } }"))["stations"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var client = hub.ClientAs(role);
        using var opened = EfCoreEvents.Of(hub.Database, RelationalEventId.ConnectionOpened);

        var card = await client.PostAsync(StationCard, new { id = station, year = "2024" });

        Assert.True(card.Errors is null || card.Errors.All(e => e!["extensions"]!["code"]!.GetValue<string>() == "FORBIDDEN"), card.Body);
        Assert.NotNull(card.Data!["station"]);
        Assert.True(card.SqlStatements > 5, $"the card is many statements ({card.SqlStatements})");
        Assert.Single(opened.Take());
    }
}

public sealed class ConnectionPerRequestOnSqlite(SqliteDemoHub hub) : ConnectionPerRequestTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class ConnectionPerRequestOnMariaDb(MariaDbDemoHub hub) : ConnectionPerRequestTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

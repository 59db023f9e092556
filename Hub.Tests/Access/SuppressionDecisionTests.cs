using Hub.Tests.Infrastructure;

namespace Hub.Tests.Access;

/// <summary>
/// Suppression decisions are kept across requests and taken again when the figures change: after a write of a
/// restricted indicator, the next public request decides over the new figures (a cell that rested on one station
/// and was hidden is published once enough stations report), and while nothing changes a public request pays one
/// statement for them, not a roll-up of the whole tree. On both databases.
/// </summary>
public abstract class SuppressionDecisionTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Province = """
        query($code: String!) { regions(first: 1, where: { code: { eq: $code } }) { nodes { code indicators(period: "2022", codes: ["marginal_subsistence_people"]) { value suppressed reportingStations } } } }
        """;

    [Fact]
    public async Task A_write_of_a_restricted_figure_makes_the_next_request_decide_again()
    {
        // Six stations of one province.
        var all = (await hub.Client.QueryAsync("{ stations(first: 100) { nodes { id region { code } } } }"))["stations"]!["nodes"]!.AsArray()
            .Select(s => (Id: s!["id"]!.GetValue<string>(), Province: s["region"]!["code"]!.GetValue<string>()[..2] + "0000000000")).ToList();
        var code = all.GroupBy(s => s.Province).First(g => g.Count() >= 6).Key;
        var stations = all.Where(s => s.Province == code).Take(6).ToList();
        await Submit(stations.Take(1).Select(s => s.Id), 30m);

        var alone = await hub.Client.PostAsync(Province, new { code });
        var cell = alone.Data!["regions"]!["nodes"]![0]!["indicators"]![0]!;
        Assert.True(cell["suppressed"]!.GetValue<bool>(), alone.Body);
        Assert.Equal(1, cell["reportingStations"]!.GetValue<int>());
        var kept = await hub.Client.PostAsync(Province, new { code });
        Assert.True(kept.SqlStatements < alone.SqlStatements, $"kept decisions cost {kept.SqlStatements} statements, deciding cost {alone.SqlStatements}");

        await Submit(stations.Skip(1).Select(s => s.Id), 20m);

        var together = (await hub.Client.QueryAsync(Province, new { code }))["regions"]!["nodes"]![0]!["indicators"]![0]!;
        Assert.False(together["suppressed"]!.GetValue<bool>());
        Assert.Equal(130m, together["value"]!.GetValue<decimal>());
        Assert.Equal(6, together["reportingStations"]!.GetValue<int>());
    }

    private async Task Submit(IEnumerable<string> stations, decimal value)
    {
        var data = await hub.Admin.QueryAsync(
            "mutation($rows: [ObservationInput!]!) { submitObservations(input: { observations: $rows }) { errors { message } } }",
            new { rows = stations.Select(id => new { stationId = id, indicator = "marginal_subsistence_people", period = "2022", value }).ToArray() });
        Assert.Empty(data["submitObservations"]!["errors"]!.AsArray());
    }
}

public sealed class SuppressionDecisionOnSqlite(SqliteDemoHub hub) : SuppressionDecisionTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class SuppressionDecisionOnMariaDb(MariaDbDemoHub hub) : SuppressionDecisionTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

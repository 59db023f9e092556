using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Data.Indicators;
using Hub.Server.Cli;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Indicators;

/// <summary>
/// The roll-up store stays equal to its recomputation from base rows through hundreds of random writes: new figures,
/// replaced ones, yearly beside monthly, STOCK months with gaps, refused batches, deleted figures and stations moved
/// to another street, checked after every batch; <c>verify-rollups</c> finds a tampered cell and
/// <c>rebuild-rollups</c> mends it. On both databases.
/// </summary>
public abstract class RollupStoreTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Submit = """
        mutation($rows: [ObservationInput!]!) {
          submitObservations(input: { observations: $rows }) { observations { version } errors { code message } }
        }
        """;

    // Two FLOW and two STOCK indicators, one of them RESTRICTED, so every rule and the suppression path are exercised.
    private static readonly string[] Codes = ["volunteer_hours", "case_files_created", "households_tracked", "subsistence_people"];

    [Fact]
    public async Task Random_writes_and_moves_keep_every_cell_equal_to_its_recomputation()
    {
        var random = new Random(20261206);
        var stations = (await hub.Admin.QueryAsync("{ stations(first: 20) { nodes { id } } }"))["stations"]!["nodes"]!.AsArray()
            .Select(s => s!["id"]!.GetValue<string>()).ToList();
        var writes = 0;
        for (var batch = 0; batch < 24; batch++)
        {
            var rows = Enumerable.Range(0, random.Next(5, 20)).Select(_ => new
            {
                stationId = stations[random.Next(stations.Count)],
                indicator = Codes[random.Next(Codes.Length)],
                period = RandomPeriod(random),
                value = Math.Round((decimal)random.NextDouble() * 500, 2),
            }).DistinctBy(r => (r.stationId, r.indicator, r.period)).ToList();

            if (batch % 6 == 5)
            {
                // A batch with one row that cannot be stored stores nothing, and its cells stay as they were.
                rows.Add(new { stationId = stations[0], indicator = "no_such_indicator", period = "2041-01", value = 1m });
            }

            var response = await hub.Admin.PostAsync(Submit, new { rows });
            Assert.Null(response.Errors);
            writes += rows.Count;

            if (batch % 4 == 3)
            {
                await MoveAStationAsync(random);
            }

            if (batch % 5 == 4)
            {
                await DeleteAFigureAsync(random);
            }

            await AssertStoreEqualsBaseRowsAsync($"after batch {batch}");
        }

        Assert.True(writes >= 200, $"{writes} writes");
    }

    [Fact]
    public async Task Parallel_writers_of_one_region_leave_its_cells_exact()
    {
        var stations = (await hub.Admin.QueryAsync("{ stations(first: 20) { nodes { id } } }"))["stations"]!["nodes"]!.AsArray()
            .Select(s => s!["id"]!.GetValue<string>()).ToList();

        // Every station adds to the same province, city and often district cells at once, twice over.
        var responses = await Task.WhenAll(stations.Concat(stations).Select((station, i) => hub.Admin.PostAsync(Submit, new
        {
            rows = new[]
            {
                new { stationId = station, indicator = "volunteer_hours", period = "2044-03", value = 10m + i },
                new { stationId = station, indicator = "households_tracked", period = "2044-0" + (1 + (i % 3)).ToString(CultureInfo.InvariantCulture), value = 5m + i },
            },
        })));
        Assert.All(responses, r => Assert.True(r.Errors is null && ((JsonArray)r.Data!["submitObservations"]!["errors"]!).Count == 0, r.Body));
        await AssertStoreEqualsBaseRowsAsync("after the parallel writers");
    }

    [Fact]
    public async Task Verify_reports_a_tampered_cell_and_rebuild_mends_it()
    {
        await hub.Admin.QueryAsync(Submit, new { rows = new[] { new { stationId = (await hub.Client.StationAsync(1)).Id, indicator = "volunteer_hours", period = "2043-02", value = 12.5m } } });
        await using (var scope = hub.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            Assert.Equal(1, await db.Database.ExecuteSqlRawAsync("UPDATE RollupCells SET ScaledValue = ScaledValue + 1 WHERE ScopeKind = 2 AND Period = 204302"
                + " AND ScopeId = (SELECT MIN(ScopeId) FROM (SELECT ScopeId FROM RollupCells WHERE ScopeKind = 2 AND Period = 204302) AS t)"));
        }

        var output = new StringWriter();
        Assert.Equal(RollupsCommand.Differs, await RollupsCommand.VerifyAsync(hub.Services, [RollupsCommand.VerifyVerb], output, TextWriter.Null));
        Assert.Contains("Region", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("2043-02: stored", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 cells differ", output.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, await RollupsCommand.RebuildAsync(hub.Services, [RollupsCommand.RebuildVerb], TextWriter.Null, TextWriter.Null));
        output = new StringWriter();
        Assert.Equal(0, await RollupsCommand.VerifyAsync(hub.Services, [RollupsCommand.VerifyVerb], output, TextWriter.Null));
        Assert.Contains("every cell equals", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuilding_one_region_rebuilds_its_cells_and_those_above_it()
    {
        await using (var scope = hub.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM RollupCells WHERE Period BETWEEN 202400 AND 202424");
        }

        var district = (await hub.Admin.QueryAsync("{ stations(first: 1) { nodes { district { code } } } }"))["stations"]!["nodes"]![0]!["district"]!["code"]!.GetValue<string>();
        Assert.Equal(0, await RollupsCommand.RebuildAsync(hub.Services, [RollupsCommand.RebuildVerb, "--region", district], TextWriter.Null, TextWriter.Null));
        await using (var scope = hub.CreateScope())
        {
            var differences = await scope.ServiceProvider.GetRequiredService<RollupStore>().VerifyAsync();

            // What the district's rebuild restored is right; what lies outside it is still missing, and only that.
            Assert.NotEmpty(differences);
            Assert.All(differences, d => Assert.Null(d.Stored));
        }

        Assert.Equal(RollupsCommand.UsageError, await RollupsCommand.RebuildAsync(hub.Services, [RollupsCommand.RebuildVerb, "--region", "999999999999"], TextWriter.Null, TextWriter.Null));
        Assert.Equal(0, await RollupsCommand.RebuildAsync(hub.Services, [RollupsCommand.RebuildVerb], TextWriter.Null, TextWriter.Null));
        await AssertStoreEqualsBaseRowsAsync("after the full rebuild");
    }

    private static string RandomPeriod(Random random)
    {
        var year = 2041 + random.Next(2);
        return random.Next(5) == 0
            ? year.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{year}-{random.Next(1, 13):00}");
    }

    private async Task MoveAStationAsync(Random random)
    {
        await using var scope = hub.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var streets = await db.Regions.Where(r => r.Level == Hub.Data.Model.RegionLevel.Street).Select(r => r.Id).OrderBy(id => id).ToListAsync();
        var stations = await db.Stations.OrderBy(s => s.Id).ToListAsync();
        var station = stations[random.Next(stations.Count)];
        station.RegionId = streets.Where(id => id != station.RegionId).ElementAt(random.Next(streets.Count - 1));
        await db.SaveChangesAsync();
    }

    private async Task DeleteAFigureAsync(Random random)
    {
        await using var scope = hub.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var figures = await db.Observations.Where(o => o.Period >= 204100).OrderBy(o => o.Id).ToListAsync();
        db.Observations.Remove(figures[random.Next(figures.Count)]);
        await db.SaveChangesAsync();
    }

    private async Task AssertStoreEqualsBaseRowsAsync(string when)
    {
        await using var scope = hub.CreateScope();
        var differences = await scope.ServiceProvider.GetRequiredService<RollupStore>().VerifyAsync();
        Assert.True(differences.Count == 0, $"{when}: {differences.Count} cells differ, first {string.Join("; ", differences.Take(5))}");
    }
}

public sealed class RollupStoreOnSqlite(SqliteDemoHub hub) : RollupStoreTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class RollupStoreOnMariaDb(MariaDbDemoHub hub) : RollupStoreTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;

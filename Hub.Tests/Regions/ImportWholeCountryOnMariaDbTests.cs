using System.Diagnostics;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Regions;

/// <summary>The whole country (every township of the package) into an empty MariaDB database, in seconds, and again without a change.</summary>
public sealed class ImportWholeCountryOnMariaDbTests(MariaDbEmptyHub hub) : IClassFixture<MariaDbEmptyHub>
{
    [Fact]
    public async Task The_whole_country_loads_in_seconds_with_every_township_and_a_second_run_changes_nothing()
    {
        var source = await ChinaDivisionCache.EnsureAsync();
        await using var services = HubDataServices.For(hub.Database);
        var clock = Stopwatch.StartNew();
        var (code, output, error) = await ImportRegionsTests<MariaDbEmptyHub>.RunAsync(services, "import-regions", "--source", source);
        Assert.True(code == 0, error);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"The whole country took {clock.Elapsed}.");

        // 41,352 townships in the package less 金门县, which lists itself as its own township.
        Assert.Contains("44,699 regions inserted", output, StringComparison.Ordinal);
        Assert.Contains("The database holds 31 provinces, 342 cities, 2,975 districts and counties, 41,351 streets and townships", output, StringComparison.Ordinal);
        var streets = await hub.Client.QueryAsync("{ regions(where: { level: { eq: STREET } }) { totalCount } }");
        Assert.Equal(41_351, streets["regions"]!["totalCount"]!.GetValue<int>());
        var dongguan = await hub.Client.QueryAsync("""{ region(code: "441900003000") { name parent { code name level } } }""");
        Assert.Equal("东城街道", dongguan["region"]!["name"]!.GetValue<string>());
        Assert.Equal("441900000000", dongguan["region"]!["parent"]!["code"]!.GetValue<string>());

        (code, output, error) = await ImportRegionsTests<MariaDbEmptyHub>.RunAsync(services, "import-regions", "--source", source);
        Assert.True(code == 0, error);
        Assert.Contains("Nothing to change: all 44,699 divisions", output, StringComparison.Ordinal);
    }
}

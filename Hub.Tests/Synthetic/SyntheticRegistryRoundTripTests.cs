using System.Globalization;
using System.Text;
using Hub.Data;
using Hub.Data.Model;
using Hub.Data.Synthetic;
using Hub.Server.Cli;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Hub.Tests.Synthetic;

/// <summary>
/// The synthetic dataset keeps every rule of the registries: its registry workbook imports cleanly into the same
/// database (nothing to change) and into a fresh one that has only the regions, where every row is created through
/// the registries, and exporting that copy gives the same workbook back.
/// </summary>
public sealed class SyntheticRegistryRoundTripTests
{
    /// <summary>
    /// Big districts (about 30 streets each), so that a district's pool of partners holds many of each kind and
    /// their names clash unless the generator keeps them apart; the seed gives closed stations and community funds.
    /// </summary>
    private static readonly SyntheticDatasetSpec Spec = new()
    {
        Provinces = 1,
        CitiesPerProvince = 2,
        DistrictsPerProvince = 4,
        StationsPerProvince = 120,
        Months = 12,
        FirstMonth = 202401,
        Seed = 3,
        CommunitiesPerStreet = 3,
    };

    [Fact]
    public async Task The_synthetic_registry_imports_into_the_same_and_into_a_fresh_database_without_an_error()
    {
        var directory = Directory.CreateTempSubdirectory("datahub-synthetic-registry-");
        try
        {
            await using var source = TestDatabase.CreateSqlite();
            await using var sourceServices = HubDataServices.For(source);
            await sourceServices.InitializeAsync();
            await using (var scope = sourceServices.CreateScope())
            {
                await new SyntheticDatasetWriter(scope.ServiceProvider.GetRequiredService<HubDbContext>()).WriteAsync(Spec);
            }

            var exported = Path.Combine(directory.FullName, "synthetic.xlsx");
            Assert.Equal(0, await ExportRegistryCommand.RunAsync(sourceServices.Services, ["export-registry", exported], TextWriter.Null, TextWriter.Null));

            // The rules the generator used to break are all in play: closed stations, funds with a foundation, partners.
            var stations = Sheet(exported, "站点");
            Assert.Contains(stations, s => (string?)s["状态"] == "CLOSED" && s["关闭日期"] is not null);
            Assert.Contains(Sheet(exported, "社区基金"), f => f["合作基金会"] is not null);
            Assert.NotEmpty(Sheet(exported, "合作伙伴"));

            var (code, output, error) = await ImportAsync(sourceServices, exported);
            Assert.True(code == 0, error);
            Assert.DoesNotContain("error", error, StringComparison.OrdinalIgnoreCase);
            Assert.StartsWith("0 created, 0 updated, ", LastLine(output), StringComparison.Ordinal);

            await using var fresh = TestDatabase.CreateSqlite();
            await using var freshServices = HubDataServices.For(fresh);
            await freshServices.InitializeAsync();
            await CopyRegionsAsync(sourceServices, freshServices);

            (code, output, error) = await ImportAsync(freshServices, exported);
            Assert.True(code == 0, error);
            Assert.DoesNotContain("error", error, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"站点: {stations.Count} created, 0 updated, 0 unchanged"), output, StringComparison.Ordinal);

            var again = Path.Combine(directory.FullName, "again.xlsx");
            Assert.Equal(0, await ExportRegistryCommand.RunAsync(freshServices.Services, ["export-registry", again], TextWriter.Null, TextWriter.Null));
            Assert.Equal(Cells(exported), Cells(again));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<(int Code, string Output, string Error)> ImportAsync(HubDataServices services, string path)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ImportRegistryCommand.RunAsync(services.Services, ["import-registry", path], output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The regions and their closure, copied as they are: the workbook's 区划 sheet only sets their figures.</summary>
    private static async Task CopyRegionsAsync(HubDataServices from, HubDataServices to)
    {
        await using var source = from.CreateScope();
        await using var target = to.CreateScope();
        var sourceDb = source.ServiceProvider.GetRequiredService<HubDbContext>();
        var targetDb = target.ServiceProvider.GetRequiredService<HubDbContext>();
        foreach (var level in Enum.GetValues<RegionLevel>())
        {
            targetDb.Regions.AddRange(await sourceDb.Regions.AsNoTracking().Where(r => r.Level == level).OrderBy(r => r.Id).ToListAsync());
            await targetDb.SaveChangesAsync();
        }

        targetDb.RegionClosures.AddRange(await sourceDb.RegionClosures.AsNoTracking().ToListAsync());
        await targetDb.SaveChangesAsync();
    }

    private static List<IDictionary<string, object?>> Sheet(string path, string sheet) =>
        MiniExcel.Query(path, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();

    private static string LastLine(string text) => text.Split('\n').Last(l => l.Trim().Length > 0);

    private static string Cells(string path)
    {
        var text = new StringBuilder();
        foreach (var sheet in MiniExcel.GetSheetNames(path))
        {
            text.AppendLine(sheet);
            foreach (IDictionary<string, object?> row in MiniExcel.Query(path, sheetName: sheet))
            {
                text.AppendLine(string.Join('\t', row.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
            }
        }

        return text.ToString();
    }
}

using Hub.Data;
using Hub.Data.Synthetic;
using Hub.Server.Cli;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Synthetic;

/// <summary>The `generate` verb as an operator runs it, in process, against a real SQLite file.</summary>
public sealed class GenerateCommandTests
{
    [Fact]
    public async Task Generate_fills_an_empty_database_refuses_a_second_time_and_replaces_when_told()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var services = HubDataServices.For(database);

        var (code, output, _) = await RunAsync(services, "generate", "--stations", "12", "--months", "3", "--seed", "5");
        Assert.Equal(0, code);
        Assert.Contains("Wrote", output, StringComparison.Ordinal);
        var first = await FingerprintAsync(services);
        Assert.StartsWith("12 rows", first["Stations"], StringComparison.Ordinal);

        (code, _, var error) = await RunAsync(services, "generate", "--stations", "12", "--months", "3", "--seed", "6");
        Assert.Equal(GenerateCommand.Refused, code);
        Assert.Contains("already has 12 stations", error, StringComparison.Ordinal);
        Assert.Contains("--replace", error, StringComparison.Ordinal);
        Assert.Equal(first, await FingerprintAsync(services));

        (code, _, error) = await RunAsync(services, "generate", "--stations", "12", "--months", "3", "--seed", "6", "--replace");
        Assert.Equal(0, code);
        Assert.Contains("dropping", error, StringComparison.Ordinal);
        var replaced = await FingerprintAsync(services);
        Assert.StartsWith("12 rows", replaced["Stations"], StringComparison.Ordinal);
        Assert.NotEqual(first["Observations"], replaced["Observations"]);
    }

    [Theory]
    [InlineData("--scale", "city")]
    [InlineData("--months", "0")]
    [InlineData("--stations", "1")]
    [InlineData("--first-month", "2024-13")]
    [InlineData("--seed")]
    [InlineData("--bogus", "1")]
    public async Task Arguments_that_make_no_spec_are_a_usage_error_and_touch_nothing(params string[] arguments)
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var services = HubDataServices.For(database);

        var (code, _, error) = await RunAsync(services, ["generate", .. arguments]);

        Assert.Equal(GenerateCommand.UsageError, code);
        var problem = error.Split('\n')[0];
        Assert.True(problem.Contains(arguments[0], StringComparison.Ordinal) || problem.Contains(arguments[^1], StringComparison.Ordinal), $"The first line names neither the option nor its value: {problem}");
        Assert.Contains("usage:", error, StringComparison.Ordinal);
        Assert.False(File.Exists(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource));
    }

    [Fact]
    public void The_presets_and_resizing_keep_the_shape()
    {
        Assert.True(GenerateCommand.TryParse(["--scale", "national"], out var national, out _, out _));
        Assert.Equal(31, national.Provinces);
        Assert.Equal(29_016, national.Stations);

        Assert.True(GenerateCommand.TryParse(["--scale", "province", "--stations", "5000", "--months", "24", "--first-month", "2023-01", "--seed", "9"], out var resized, out var replace, out _));
        Assert.False(replace);
        Assert.Equal(5_000, resized.Stations);
        Assert.Equal(24, resized.Months);
        Assert.Equal(202301, resized.FirstMonth);
        Assert.Equal(9, resized.Seed);

        // About 13 stations a district and 8.5 districts a city, as in the province preset.
        Assert.InRange(resized.DistrictsPerProvince, 370, 390);
        Assert.InRange(resized.CitiesPerProvince, 43, 46);
        resized.Validate();
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(HubDataServices services, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GenerateCommand.RunAsync(services.Services, args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<IReadOnlyDictionary<string, string>> FingerprintAsync(HubDataServices services)
    {
        await using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var fingerprint = DatasetFingerprint.Compute(db);
        await db.Database.CloseConnectionAsync();
        return fingerprint;
    }
}

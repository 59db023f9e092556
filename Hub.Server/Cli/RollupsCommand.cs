using System.CommandLine;
using System.Globalization;
using Hub.Data;
using Hub.Data.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Cli;

/// <summary>
/// `rebuild-rollups [--region &lt;code&gt;]` rebuilds the roll-up store from base rows (all of it, or the cells of one
/// region's stations and of the regions they count in); `verify-rollups` recomputes every cell from base rows and
/// lists each one the store holds differently (exit 1 when any does).
/// </summary>
public static class RollupsCommand
{
    public const string RebuildVerb = "rebuild-rollups";
    public const string VerifyVerb = "verify-rollups";
    public const int Differs = 1;
    public const int UsageError = 64;

    /// <summary>Differences printed one per line; the rest are counted.</summary>
    private const int ListedDifferences = 50;

    public const string RebuildNotes = """
        Rebuilds the roll-up store from the observations: every cell, or with --region the cells of
        the stations under that region (12-digit code) and of every region they count in. One
        transaction: readers see the old cells until it commits. Exit codes: 0 rebuilt, 64 usage
        (no region has the code).
        """;

    public const string VerifyNotes = """
        Recomputes every cell of the roll-up store from the observations and lists each cell the
        store holds differently. Exit codes: 0 when none differs, 1 when any does.
        """;

    public static Command CreateRebuildCommand(HubCliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var region = new Option<string?>("--region")
        {
            Description = "only the stations under this region and the regions they count in",
            HelpName = "12-digit code",
            Validators = { result => { if (result.GetValueOrDefault<string?>() is not { Length: 12 } code || !code.All(char.IsAsciiDigit)) { result.AddError(HubCli.Refusal(result, "a region's 12-digit code")); } } },
        };
        var command = new HubVerb(RebuildVerb, "Rebuilds the roll-up store from base rows, all of it or one region's subtree.") { region };
        command.Notes = RebuildNotes;
        command.SetAction(async parse => await RebuildAsync(cli.Services, parse.GetValue(region), cli.Output, cli.Error));
        return command;
    }

    public static Command CreateVerifyCommand(HubCliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var command = new HubVerb(VerifyVerb, "Recomputes every roll-up cell from base rows; exit 1 if any differs.") { Notes = VerifyNotes };
        command.SetAction(async _ => await VerifyAsync(cli.Services, cli.Output, cli.Error));
        return command;
    }

    public static Task<int> RebuildAsync(IServiceProvider services, string[] args, TextWriter? output = null, TextWriter? error = null) =>
        HubCli.RunAsync(RebuildVerb, services, args, output, error);

    public static Task<int> VerifyAsync(IServiceProvider services, string[] args, TextWriter? output = null, TextWriter? error = null) =>
        HubCli.RunAsync(VerifyVerb, services, args, output, error);

    private static async Task<int> RebuildAsync(IServiceProvider services, string? regionCode, TextWriter output, TextWriter error)
    {
        await services.InitializeHubDatabaseForToolsAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        int? regionId = null;
        if (regionCode is not null)
        {
            regionId = await db.Regions.AsNoTracking().Where(r => r.Code == regionCode).Select(r => (int?)r.Id).SingleOrDefaultAsync();
            if (regionId is null)
            {
                await error.WriteLineAsync($"rebuild-rollups: no region has the code {regionCode}.");
                return UsageError;
            }
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var strategy = db.Database.CreateExecutionStrategy();
        var cells = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var written = await scope.ServiceProvider.GetRequiredService<RollupStore>().RebuildAsync(regionId, new Progress<(int Done, int Total)>(p =>
                error.Write(string.Create(CultureInfo.InvariantCulture, $"\rrebuild-rollups: period {p.Done}/{p.Total}"))));
            await RollupVersions.BumpAsync(db, await db.Indicators.Select(i => i.Id).ToListAsync(), CancellationToken.None);
            await transaction.CommitAsync();
            return written;
        });
        await error.WriteLineAsync();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"rebuild-rollups: {cells} cells in {clock.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    private static async Task<int> VerifyAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        await services.InitializeHubDatabaseForToolsAsync();
        await using var scope = services.CreateAsyncScope();
        var differences = await scope.ServiceProvider.GetRequiredService<RollupStore>().VerifyAsync(new Progress<(int Done, int Total)>(p =>
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\rverify-rollups: period {p.Done}/{p.Total}"))));
        await error.WriteLineAsync();
        foreach (var d in differences.Take(ListedDifferences))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{d.Scope} {d.ScopeId} indicator {d.IndicatorId} {d.Period}: stored {Show(d.Stored)}, from base rows {Show(d.Expected)}"));
        }

        await output.WriteLineAsync(differences.Count == 0
            ? "verify-rollups: every cell equals its recomputation from base rows"
            : string.Create(CultureInfo.InvariantCulture, $"verify-rollups: {differences.Count} cells differ"));
        return differences.Count == 0 ? 0 : Differs;
    }

    private static string Show((long ScaledValue, int Stations)? cell) =>
        cell is { } c ? string.Create(CultureInfo.InvariantCulture, $"{c.ScaledValue} (scaled) from {c.Stations} stations") : "no cell";
}

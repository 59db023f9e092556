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

    public const string RebuildUsage = """
        usage: Hub.Server rebuild-rollups [--region <code>]

          Rebuilds the roll-up store from the observations: every cell, or with --region the cells of
          the stations under that region (12-digit code) and of every region they count in. One
          transaction: readers see the old cells until it commits.
        """;

    public const string VerifyUsage = """
        usage: Hub.Server verify-rollups

          Recomputes every cell of the roll-up store from the observations and lists each cell the
          store holds differently. Exit code 0 when none differs, 1 when any does.
        """;

    public static async Task<int> RebuildAsync(IServiceProvider services, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        output ??= Console.Out;
        error ??= Console.Error;
        string? regionCode = null;
        switch (args)
        {
            case [_]:
                break;
            case [_, "--region", var code] when code.Length == 12 && code.All(char.IsAsciiDigit):
                regionCode = code;
                break;
            default:
                await error.WriteLineAsync(RebuildUsage);
                return UsageError;
        }

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

    public static async Task<int> VerifyAsync(IServiceProvider services, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        output ??= Console.Out;
        error ??= Console.Error;
        if (args is not [_])
        {
            await error.WriteLineAsync(VerifyUsage);
            return UsageError;
        }

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

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Hub.Data;
using Hub.Data.RegistryWorkbook;
using Hub.Data.Synthetic;
using Hub.Data.Writes;

namespace Hub.Server.Cli;

/// <summary>
/// `import-registry &lt;registry.xlsx&gt;`: creates and updates the stations, organisations, projects … of a registry
/// workbook by their keys, all or nothing, with progress on stderr. Prints what each sheet did, or every bad row as
/// "项目 row 7, column 开始日期: …".
/// </summary>
public static class ImportRegistryCommand
{
    public const string Verb = "import-registry";

    public const string Notes = """
        The workbook has a sheet per entity, named in Chinese or English: 区划 regions, 机构 organizations,
        站点 stations, 品牌 brands, 项目 projects, 合作伙伴 partners, 资源贡献 contributions, 志愿服务队
        volunteerTeams, 社区基金 communityFunds, 荣誉 awards, 媒体报道 mediaReports. Row 1 names the
        columns (Chinese or English, as export-registry writes them). Rows are found by their keys: a
        station by 站点编码, an organisation by 统一社会信用代码 or 名称, what a station owns by 站点编码 and
        名称. A key that is stored updates that row; a new key creates one. A column left out of a sheet
        leaves that field as stored; an empty cell clears it. The whole workbook is stored or none of it.
        Exit codes: 0 stored, 2 refused (nothing stored), 64 usage.
        """;

    public static Command CreateCommand(HubCliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var file = HubCli.InputFile("registry.xlsx", "the workbook, relative to the current directory",
            path => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? null : $"\"{path}\" is not an .xlsx file.");
        var command = new HubVerb(Verb, "Imports a registry workbook (.xlsx) into the configured database, all or nothing.") { file };
        command.Notes = Notes;
        command.SetAction(async parse => await RunAsync(cli.Services, parse.GetRequiredValue(file), cli.Output, cli.Error));
        return command;
    }

    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter? output = null, TextWriter? error = null) =>
        HubCli.RunAsync(Verb, services, args, output, error);

    private static async Task<int> RunAsync(IServiceProvider services, string path, TextWriter output, TextWriter error)
    {
        if (new FileInfo(path).Length > RegistryWorkbookImporter.MaxBytes)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{path}: the file is larger than {RegistryWorkbookImporter.MaxBytes / (1024 * 1024)} MB. Nothing was stored."));
            return HubCli.Refused;
        }

        await services.InitializeHubDatabaseForToolsAsync();
        await using var scope = services.CreateAsyncScope();
        var bytes = await File.ReadAllBytesAsync(path);
        var bar = new ConsoleProgressBar(error, interactive: ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);
        var clock = Stopwatch.StartNew();
        var progress = new ProgressToBar(bar, clock);
        var result = await scope.ServiceProvider.GetRequiredService<UnitOfWork>().RunAsync(
            async ct =>
            {
                using var file = new MemoryStream(bytes, writable: false);
                return await scope.ServiceProvider.GetRequiredService<RegistryWorkbookImporter>().ImportAsync(file, progress, ct);
            },
            keep: result => result.Succeeded);
        bar.Complete();

        if (!result.Succeeded)
        {
            foreach (var fault in result.Errors)
            {
                await error.WriteLineAsync(fault.ToString());
            }

            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{path}: {result.Errors.Count} error(s); nothing was stored."));
            return HubCli.Refused;
        }

        foreach (var sheet in result.Sheets)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{sheet.Sheet}: {sheet.Created:N0} created, {sheet.Updated:N0} updated, {sheet.Unchanged:N0} unchanged"));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{result.Created:N0} created, {result.Updated:N0} updated, {result.Unchanged:N0} unchanged in {clock.Elapsed.TotalSeconds:0.0} s."));
        return HubCli.Ok;
    }

    /// <summary>Draws an import's progress with the generator's bar; synchronous, so lines come in order.</summary>
    private sealed class ProgressToBar(ConsoleProgressBar bar, Stopwatch clock) : IProgress<RegistryImportProgress>
    {
        public void Report(RegistryImportProgress value) =>
            bar.Report(new SyntheticProgress(value.RowsDone, value.RowsTotal, value.Sheet, clock.Elapsed));
    }
}

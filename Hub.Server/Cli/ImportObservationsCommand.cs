using System.CommandLine;
using System.Globalization;
using Hub.Data;
using Hub.Data.Observations.Import;
using Hub.Data.Writes;
using Hub.Schema.Relay;

namespace Hub.Server.Cli;

/// <summary>
/// `import-observations &lt;file.csv|file.xlsx&gt;`: imports a monthly-report spreadsheet into the configured
/// database, all or nothing. Prints the figures stored, or every fault as "row 7, column 数值: ...".
/// </summary>
public static class ImportObservationsCommand
{
    public const string Verb = "import-observations";

    /// <summary>The file has faults: nothing was stored.</summary>
    public const int Refused = 2;

    /// <summary>No file, or one that is neither .csv nor .xlsx (EX_USAGE).</summary>
    public const int UsageError = 64;

    public const string Notes = """
        Row 1 names the columns, in Chinese or English:
          站点 / station            the station's name, or its id from the API
          指标代码 / indicator      an indicator code of the catalogue (or 指标 / indicator label: its label)
          期间 / period             a month ("2024-11", "2024年11月") or a year ("2024")
          数值 / value              the figure
          备注 / note               optional

        The whole file is stored or none of it; a figure already stored for the same station,
        indicator and period is replaced, never added to. Writes into the database of
        Hub:Database:Provider and ConnectionStrings:Hub. Exit codes: 0 stored, 2 refused (nothing
        stored), 64 usage (no file, not .csv/.xlsx).
        """;

    public static Command CreateCommand(HubCliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var file = HubCli.InputFile("file.csv|file.xlsx", "the report, relative to the current directory",
            path => ObservationImporter.FormatOf(path) is null ? $"\"{path}\" is neither a .csv nor an .xlsx file." : null);
        var command = new HubVerb(Verb, "Imports a monthly-report spreadsheet (.csv or .xlsx) into the configured database, all or nothing.") { file };
        command.Notes = Notes;
        command.SetAction(async parse => await RunAsync(cli.Services, parse.GetRequiredValue(file), cli.Output, cli.Error));
        return command;
    }

    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter? output = null, TextWriter? error = null) =>
        HubCli.RunAsync(Verb, services, args, output, error);

    private static async Task<int> RunAsync(IServiceProvider services, string path, TextWriter output, TextWriter error)
    {
        var format = ObservationImporter.FormatOf(path) ?? throw new InvalidOperationException("The format was validated.");

        // Checked before reading, so that no file, however large, is taken into memory whole.
        if (new FileInfo(path).Length > ObservationImporter.MaxBytes)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{path}: the file is larger than {ObservationImporter.MaxBytes / (1024 * 1024)} MB; split it into several files. Nothing was stored."));
            return Refused;
        }

        await services.InitializeHubDatabaseForToolsAsync();
        await using var scope = services.CreateAsyncScope();

        // Read once: a unit of work that loses a race runs the import again from the start.
        var bytes = await File.ReadAllBytesAsync(path);
        var result = await scope.ServiceProvider.GetRequiredService<UnitOfWork>().RunAsync(
            async ct =>
            {
                using var file = new MemoryStream(bytes, writable: false);
                return await scope.ServiceProvider.GetRequiredService<ObservationImporter>()
                    .ImportAsync(file, format, text => GlobalId.IdOf(text, "Station"), ct);
            },
            keep: result => result.Succeeded);

        if (!result.Succeeded)
        {
            foreach (var fault in result.Errors)
            {
                await error.WriteLineAsync(fault.ToString());
            }

            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{path}: {result.Errors.Count} error(s); nothing was stored."));
            return Refused;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.Stored:N0} figures stored ({result.Replaced:N0} replaced)."));
        return 0;
    }
}

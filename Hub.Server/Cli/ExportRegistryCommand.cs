using System.CommandLine;
using System.Globalization;
using Hub.Data;
using Hub.Data.RegistryWorkbook;

namespace Hub.Server.Cli;

/// <summary>`export-registry &lt;registry.xlsx&gt; [--region CODE]`: writes the registry workbook that import-registry reads.</summary>
public static class ExportRegistryCommand
{
    public const string Verb = "export-registry";

    public static Command CreateCommand(HubCliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var file = new Argument<string>("file")
        {
            HelpName = "registry.xlsx",
            Description = "the workbook to write (replaced when it exists)",
            Validators =
            {
                result =>
                {
                    if (!result.GetValueOrDefault<string>().EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                    {
                        result.AddError("The workbook's name ends in .xlsx.");
                    }
                },
            },
        };
        var region = new Option<string?>("--region") { Description = "only the stations of this region's subtree (a 12-digit code, e.g. 370102000000)" };
        var command = new HubVerb(Verb, "Writes the registry (stations, organisations, projects …) as one .xlsx workbook, a sheet per entity.") { file, region };
        command.Notes = "The workbook is what import-registry reads: exporting and importing it again changes nothing.";
        command.SetAction(async parse => await RunAsync(cli.Services, parse.GetRequiredValue(file), parse.GetValue(region), cli.Output, cli.Error));
        return command;
    }

    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter? output = null, TextWriter? error = null) =>
        HubCli.RunAsync(Verb, services, args, output, error);

    private static async Task<int> RunAsync(IServiceProvider services, string path, string? region, TextWriter output, TextWriter error)
    {
        await services.InitializeHubDatabaseForToolsAsync();
        await using var scope = services.CreateAsyncScope();
        using var buffer = new MemoryStream();
        var counts = await scope.ServiceProvider.GetRequiredService<RegistryWorkbookExporter>().ExportAsync(buffer, region, CancellationToken.None);
        if (counts is null)
        {
            await error.WriteLineAsync($"No region has the code {region}; nothing was written.");
            return HubCli.Refused;
        }

        await File.WriteAllBytesAsync(path, buffer.ToArray());
        foreach (var (sheet, rows) in counts)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{sheet}: {rows:N0} rows"));
        }

        await output.WriteLineAsync($"Wrote {path}.");
        return HubCli.Ok;
    }
}

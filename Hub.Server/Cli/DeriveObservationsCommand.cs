using System.CommandLine;
using System.CommandLine.Parsing;
using Hub.Data;
using Hub.Data.Observations;
using Hub.Data.Writes;
using Hub.Data.Periods;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Cli;

/// <summary>
/// `derive-observations --from 2024-01 --to 2024-12`: fills the months stations did not report by hand with
/// volunteer figures derived from their recorded activities, month by month (each month all or nothing).
/// </summary>
public static class DeriveObservationsCommand
{
    public const string Verb = "derive-observations";
    public const int Refused = 2;
    public const int UsageError = 64;

    // Three figures per station and month stay well inside one ingestion batch.
    private const int StationsPerBatch = 1_000;

    public const string Notes = """
        For every station and month in the range without a hand-reported figure, stores
        volunteer_hours, volunteer_person_times and volunteer_services derived from the
        activities the station recorded. Derived figures are replaced when derived again.
        Exit codes: 0 stored, 2 refused (nothing of the failing month stored), 64 usage.
        """;

    public static Command CreateCommand(HubCliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var from = Month("--from", "the first month");
        var to = Month("--to", "the last month");
        var command = new HubVerb(Verb, "Fills the months stations did not report by hand with volunteer figures derived from their activities.") { from, to };
        command.Notes = Notes;
        command.Validators.Add(result =>
        {
            if (HubCli.ValueOrNull(result, from) is { } first && HubCli.ValueOrNull(result, to) is { } last && first.CompareTo(last) > 0)
            {
                result.AddError($"--from {first} is after --to {last}; the range runs from the earlier month to the later.");
            }
        });
        command.SetAction(async parse => await RunAsync(cli.Services, parse.GetRequiredValue(from)!.Value, parse.GetRequiredValue(to)!.Value, cli.Output, cli.Error));
        return command;
    }

    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter? output = null, TextWriter? error = null) =>
        HubCli.RunAsync(Verb, services, args, output, error);

    private static Option<ReportingPeriod?> Month(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-mm",
        Required = true,
        CustomParser = result =>
        {
            if (ReportingPeriod.TryParse(result.Tokens[0].Value, out var month) && month.Granularity == PeriodGranularity.Month)
            {
                return month;
            }

            result.AddError(HubCli.Refusal((OptionResult)result.Parent!, "a month as yyyy-mm (01 to 12)"));
            return null;
        },
    };

    private static async Task<int> RunAsync(IServiceProvider services, ReportingPeriod from, ReportingPeriod to, TextWriter output, TextWriter error)
    {
        await services.InitializeHubDatabaseForToolsAsync();
        List<int> stations;
        await using (var scope = services.CreateAsyncScope())
        {
            stations = await scope.ServiceProvider.GetRequiredService<HubDbContext>().Stations.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
        }

        var stored = 0;
        for (var month = from; month.CompareTo(to) <= 0; month = month.Next)
        {
            foreach (var chunk in stations.Chunk(StationsPerBatch))
            {
                await using var batchScope = services.CreateAsyncScope();
                var result = await batchScope.ServiceProvider.GetRequiredService<UnitOfWork>().RunAsync(
                    ct => batchScope.ServiceProvider.GetRequiredService<ActivityDerivedObservations>().DeriveAsync(chunk, month, month, ct),
                    keep: result => result.Succeeded);
                if (!result.Succeeded)
                {
                    foreach (var fault in result.Errors)
                    {
                        await error.WriteLineAsync($"{month}: {fault.Message}");
                    }

                    return Refused;
                }

                stored += result.Saved.Count;
            }
        }

        await output.WriteLineAsync($"{stored} derived figures stored for {from}..{to}.");
        return 0;
    }
}

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

    public const string Usage = """
        usage: Hub.Server derive-observations --from <yyyy-mm> --to <yyyy-mm>

          For every station and month in the range without a hand-reported figure, stores
          volunteer_hours, volunteer_person_times and volunteer_services derived from the
          activities the station recorded. Derived figures are replaced when derived again.
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        output ??= Console.Out;
        error ??= Console.Error;
        if (!TryParse(args, out var from, out var to))
        {
            await error.WriteLineAsync(Usage);
            return UsageError;
        }

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

    private static bool TryParse(string[] args, out ReportingPeriod from, out ReportingPeriod to)
    {
        from = to = default;
        var options = args.Skip(1).Chunk(2).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        return args.Length == 5
            && options.TryGetValue("--from", out var first) && ReportingPeriod.TryParse(first, out from) && from.Granularity == PeriodGranularity.Month
            && options.TryGetValue("--to", out var last) && ReportingPeriod.TryParse(last, out to) && to.Granularity == PeriodGranularity.Month
            && from.CompareTo(to) <= 0;
    }
}

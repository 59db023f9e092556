using System.Diagnostics;
using System.Globalization;

namespace Hub.Bench;

/// <summary>
/// The roll-up benchmark (issue 4 part 6): the hub's district comparison against the raw SQL statement, in one run
/// on one database, alternating the two so that both see the same machine load.
/// </summary>
public static class RollupComparison
{
    public static async Task<int> RunAsync(RollupBenchOptions options, TextWriter output, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(log);

        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var hub = new HubDistrictComparison(new GraphQLEndpoint(http, options.Url), options);
        var raw = new RawDistrictComparison(options.Connection, options);

        var (hubCells, pages) = await hub.RunAsync(CancellationToken.None);
        var rawCells = await raw.RunAsync(CancellationToken.None);
        var differences = Differences(hubCells, rawCells);
        if (differences.Count > 0)
        {
            await log.WriteLineAsync($"The hub and the raw SQL disagree on {differences.Count} district × indicator cells, e.g.:");
            foreach (var difference in differences.Take(10))
            {
                await log.WriteLineAsync("  " + difference);
            }

            return 1;
        }

        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"hub and raw SQL agree on {hubCells.Count} cells ({hubCells.Select(c => c.District).Distinct().Count()} districts × {options.Codes.Count} indicators); warming up ({options.Warmup} runs each) …"));
        for (var i = 0; i < options.Warmup; i++)
        {
            await hub.RunAsync(CancellationToken.None);
            await raw.RunAsync(CancellationToken.None);
        }

        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"measuring ({options.Repetitions} runs each, alternating) …"));
        var hubTimes = new List<double>(options.Repetitions);
        var rawTimes = new List<double>(options.Repetitions);
        for (var i = 0; i < options.Repetitions; i++)
        {
            hubTimes.Add(await TimeAsync(() => hub.RunAsync(CancellationToken.None)));
            rawTimes.Add(await TimeAsync(() => raw.RunAsync(CancellationToken.None)));
        }

        var (hubMedian, hubP95) = (Percentile(hubTimes, 0.50), Percentile(hubTimes, 0.95));
        var (rawMedian, rawP95) = (Percentile(rawTimes, 0.50), Percentile(rawTimes, 0.95));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"district comparison of {options.Province} for {options.Year} on {options.Codes.Count} indicators ({string.Join(", ", options.Codes)}) · {options.Repetitions} runs each after {options.Warmup} warm-up · {Environment.ProcessorCount} cores · {DateTime.Now:yyyy-MM-dd HH:mm}"));
        output.WriteLine();
        output.WriteLine("| path | median ms | p95 ms |");
        output.WriteLine("|---|---:|---:|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| hub (GraphQL over HTTP, {pages} page{(pages == 1 ? "" : "s")} of districts) | {hubMedian:N1} | {hubP95:N1} |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| raw SQL (one statement, MySqlConnector) | {rawMedian:N1} | {rawP95:N1} |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **hub ÷ raw** | **{hubMedian / rawMedian:N2}×** | {hubP95 / rawP95:N2}× |"));
        return 0;
    }

    private static List<string> Differences(IReadOnlyList<DistrictCell> hub, IReadOnlyList<DistrictCell> raw)
    {
        var rawByKey = raw.ToDictionary(c => (c.District, c.Indicator));
        var differences = new List<string>();
        if (hub.Count == 0)
        {
            differences.Add("the hub returned no district at all");
        }

        foreach (var cell in hub)
        {
            if (!rawByKey.Remove((cell.District, cell.Indicator), out var expected))
            {
                differences.Add($"{cell.District} {cell.Indicator}: only the hub has it ({cell})");
            }
            else if (cell != expected)
            {
                differences.Add($"{cell.District} {cell.Indicator}: hub {cell} ≠ raw {expected}");
            }
        }

        differences.AddRange(rawByKey.Values.Select(c => $"{c.District} {c.Indicator}: only the raw SQL has it ({c})"));
        return differences;
    }

    private static async Task<double> TimeAsync(Func<Task> run)
    {
        var started = Stopwatch.GetTimestamp();
        await run();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    // Nearest-rank percentile, as the dashboard benchmark reports them.
    private static double Percentile(List<double> values, double rank)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Max(0, (int)Math.Ceiling(rank * sorted.Length) - 1)];
    }
}

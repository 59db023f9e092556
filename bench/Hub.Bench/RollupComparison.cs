using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Hub.Bench;

/// <summary>
/// The roll-up benchmark (issue 4 part 6, issue 12's targets): the hub's district comparison against the raw SQL
/// over the base rows, the finished cells of a district × indicator × year table (the limit) and the peer
/// (PostGraphile + pg-aggregates), in one run, alternating the paths so that all see the same machine load.
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
        var paths = new List<Path>
        {
            new("hub", async () => (await hub.RunAsync(CancellationToken.None)).Cells),
            new("raw", () => raw.RunAsync(CancellationToken.None)),
        };
        if (options.Table is { } table)
        {
            var cells = new TableDistrictComparison(options.Connection, table, options);
            paths.Add(new("table", () => cells.RunAsync(CancellationToken.None)));
        }

        PeerKeys? peerKeys = null;
        if (options is { PeerUrl: { } peerUrl, PeerQuery: { } peerQueryFile })
        {
            peerKeys = await PeerKeys.LoadAsync(options.Connection, options);
            var peerQuery = JsonNode.Parse(await File.ReadAllTextAsync(peerQueryFile))?["query"]?.GetValue<string>()
                ?? throw new InvalidOperationException($"{peerQueryFile} has no \"query\".");
            var peer = new PeerDistrictComparison(new GraphQLEndpoint(http, peerUrl), peerQuery, peerKeys, options);
            paths.Add(new("peer", () => peer.RunAsync(CancellationToken.None)));
        }

        // The answers first, untimed: the hub must give the raw SQL's and the table's, cell for cell.
        var (hubCells, hubPages) = await hub.RunAsync(CancellationToken.None);
        var failed = false;
        foreach (var path in paths.Where(p => p.Name is "raw" or "table"))
        {
            var differences = Differences(hubCells, await path.Run(), path.Name);
            if (differences.Count > 0)
            {
                await log.WriteLineAsync($"The hub and the {path.Name} disagree on {differences.Count} district × indicator cells, e.g.:");
                foreach (var difference in differences.Take(10))
                {
                    await log.WriteLineAsync("  " + difference);
                }

                failed = true;
            }
        }

        if (failed)
        {
            return 1;
        }

        var agreement = string.Create(CultureInfo.InvariantCulture, $"hub = {string.Join(" = ", paths.Skip(1).Select(p => p.Name).Where(n => n != "peer"))} on all {hubCells.Count} cells ({hubCells.Select(c => c.District).Distinct().Count()} districts × {options.Codes.Count} indicators)");
        var peerAgreement = peerKeys is null ? null : PeerAgreement(hubCells, await paths.Single(p => p.Name == "peer").Run(), peerKeys, log);
        await log.WriteLineAsync(agreement);
        if (peerAgreement is not null)
        {
            await log.WriteLineAsync(peerAgreement);
        }

        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"warming up ({options.Warmup} runs each) …"));
        for (var i = 0; i < options.Warmup; i++)
        {
            foreach (var path in paths)
            {
                await path.Run();
            }
        }

        var loadBefore = LoadAverage();
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"measuring ({options.Repetitions} runs each, alternating; load average {loadBefore}) …"));
        var times = paths.ToDictionary(p => p.Name, _ => new List<double>(options.Repetitions));
        for (var i = 0; i < options.Repetitions; i++)
        {
            // A rotating order, so that no path always runs right after the same other one.
            for (var j = 0; j < paths.Count; j++)
            {
                var path = paths[(i + j) % paths.Count];
                times[path.Name].Add(await TimeAsync(path.Run));
            }
        }

        var loadAfter = LoadAverage();
        var median = times.ToDictionary(t => t.Key, t => Percentile(t.Value, 0.50));
        var p95 = times.ToDictionary(t => t.Key, t => Percentile(t.Value, 0.95));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"district comparison of {options.Province} for {options.Year} on {options.Codes.Count} indicators ({string.Join(", ", options.Codes)}) · {options.Repetitions} runs each after {options.Warmup} warm-up, alternating · {Environment.ProcessorCount} cores · load average (1/5/15 min) {loadBefore} before, {loadAfter} after · {DateTime.Now:yyyy-MM-dd HH:mm}"));
        output.WriteLine();
        output.WriteLine("| path | median ms | p95 ms |");
        output.WriteLine("|---|---:|---:|");
        foreach (var path in paths)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {Describe(path.Name, hubPages, options)} | {median[path.Name]:N1} | {p95[path.Name]:N1} |"));
        }

        Ratio(output, "hub ÷ table", "table", "hub", "target ≤ 2×", median, p95, r => r <= 2);
        Ratio(output, "peer ÷ hub", "hub", "peer", "target ≥ 3×", median, p95, r => r >= 3);
        Ratio(output, "hub ÷ raw SQL", "raw", "hub", null, median, p95, null);
        output.WriteLine();
        output.WriteLine("Answers: " + agreement + ".");
        if (peerAgreement is not null)
        {
            output.WriteLine("Peer: " + peerAgreement + ".");
        }

        return 0;
    }

    private static string Describe(string path, int hubPages, RollupBenchOptions options) => path switch
    {
        "hub" => string.Create(CultureInfo.InvariantCulture, $"hub (GraphQL over HTTP, {hubPages} page{(hubPages == 1 ? "" : "s")} of districts, roll-up store)"),
        "raw" => "raw SQL over the base rows (one statement, MySqlConnector)",
        "table" => $"district × indicator × year table `{options.Table}` (one SELECT, MySqlConnector)",
        "peer" => "peer: PostGraphile 5 + pg-aggregates on PostgreSQL (GraphQL over HTTP, 1 request)",
        _ => path,
    };

    private static void Ratio(TextWriter output, string label, string denominator, string numerator, string? target, Dictionary<string, double> median, Dictionary<string, double> p95, Func<double, bool>? met)
    {
        if (!median.TryGetValue(denominator, out var below) || !median.TryGetValue(numerator, out var above))
        {
            return;
        }

        var ratio = above / below;
        var verdict = target is null || met is null ? "" : $" ({target}: {(met(ratio) ? "met" : "**not met**")})";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **{label}**{verdict} | **{ratio:N2}×** | {p95[numerator] / p95[denominator]:N2}× |"));
    }

    // FLOW cells must agree with the hub (a sum over the year's rows is the hub's rule: no station of the dataset has
    // both a yearly report and months of one year). STOCK cells are sums of months there, so they are counted, not failed.
    private static string PeerAgreement(IReadOnlyList<DistrictCell> hub, IReadOnlyList<DistrictCell> peer, PeerKeys keys, TextWriter log)
    {
        var stock = keys.Indicators.Values.Where(i => i.IsStock).Select(i => i.Code).ToHashSet();
        var flowHub = hub.Where(c => !stock.Contains(c.Indicator)).ToList();
        var flowPeer = peer.Where(c => !stock.Contains(c.Indicator)).ToList();
        var flowDifferences = Differences(flowHub, flowPeer, "peer");
        foreach (var difference in flowDifferences.Take(10))
        {
            log.WriteLine("  FLOW " + difference);
        }

        var peerByKey = peer.ToDictionary(c => (c.District, c.Indicator));
        var stockHub = hub.Where(c => stock.Contains(c.Indicator)).ToList();
        var stockDiffering = stockHub.Count(c => !peerByKey.TryGetValue((c.District, c.Indicator), out var p) || p != c);
        var stockValueOnly = stockHub.Count(c => peerByKey.TryGetValue((c.District, c.Indicator), out var p) && p != c && p with { Value = c.Value } == c);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"peer = hub on {flowHub.Count - flowDifferences.Count} of {flowHub.Count} FLOW cells{(flowDifferences.Count > 0 ? " (**FLOW DIFFERS**, see the log)" : "")}; differs on {stockDiffering} of {stockHub.Count} STOCK cells ({stockValueOnly} in the value only: a sum of every month, not each station's last month)");
    }

    private static List<string> Differences(IReadOnlyList<DistrictCell> hub, IReadOnlyList<DistrictCell> other, string name)
    {
        var otherByKey = other.ToDictionary(c => (c.District, c.Indicator));
        var differences = new List<string>();
        if (hub.Count == 0)
        {
            differences.Add("the hub returned no district at all");
        }

        foreach (var cell in hub)
        {
            if (!otherByKey.Remove((cell.District, cell.Indicator), out var expected))
            {
                differences.Add($"{cell.District} {cell.Indicator}: only the hub has it ({cell})");
            }
            else if (cell != expected)
            {
                differences.Add($"{cell.District} {cell.Indicator}: hub {cell} ≠ {name} {expected}");
            }
        }

        differences.AddRange(otherByKey.Values.Select(c => $"{c.District} {c.Indicator}: only the {name} has it ({c})"));
        return differences;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

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

    private sealed record Path(string Name, Func<Task<IReadOnlyList<DistrictCell>>> Run);
}

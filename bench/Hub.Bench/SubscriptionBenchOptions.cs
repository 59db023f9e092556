using System.Globalization;

namespace Hub.Bench;

/// <summary>Command-line options of the subscription benchmark (<c>Hub.Bench subscriptions …</c>).</summary>
public sealed record SubscriptionBenchOptions
{
    public const string Usage = """
        usage: Hub.Bench subscriptions [--url http://127.0.0.1:5080/graphql] [--subscribers 1000] [--events 30]
                                       [--interval-ms 1000] [--filtered-percent 10] [--connect-concurrency 64]
                                       [--grace 10] [--server-pid PID] [--output results.md] [--profile server.nettrace]

        Opens --subscribers graphql-transport-ws connections to ws://…/graphql, each subscribing to
        activityRecorded { id title } (--filtered-percent of them with a filter: half with the district of the
        recording station, which matches every event, half with kinds: [TRAINING], which matches none), then
        records --events activities through the HTTP recordActivity mutation, one every --interval-ms, and
        measures each delivery's latency from the moment its mutation was sent to the moment the `next` message
        arrived. Deliveries not in within --grace seconds of the last event count as missed. With --server-pid,
        reports the server's RSS (/proc/PID/status) and managed heap after an induced full GC (through the
        runtime's diagnostics port), before the subscribers and with them, per subscriber, and the processor time
        the server spent per delivery. --output also writes the report to a Markdown file. --profile (with
        --server-pid) writes the server's thread samples while the measured events are delivered to a .nettrace
        file (the runtime's sample profiler with rundown, as dotnet-trace's cpu-sampling profile: every thread,
        running or waiting, about once a millisecond; open it in PerfView or any TraceEvent reader).
        With HUB_BENCH_JWT_SIGNING_KEY set to the server's Hub:Auth:Jwt:SigningKey, the mutations carry a bearer
        token with the ADMIN hub role (issuer and audience "datahub"); the subscribers stay anonymous.
        """;

    public Uri Url { get; init; } = new("http://127.0.0.1:5080/graphql");

    public int Subscribers { get; init; } = 1000;

    public int Events { get; init; } = 30;

    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The share of subscribers with a filter (whole percent).</summary>
    public int FilteredPercent { get; init; } = 10;

    /// <summary>Handshakes in flight at once while the subscribers connect.</summary>
    public int ConnectConcurrency { get; init; } = 64;

    public TimeSpan Grace { get; init; } = TimeSpan.FromSeconds(10);

    public int? ServerPid { get; init; }

    public string? Output { get; init; }

    public string? Profile { get; init; }

    /// <summary>The WebSocket address of the same endpoint (http → ws, https → wss).</summary>
    public Uri WebSocketUrl => new UriBuilder(Url) { Scheme = Url.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" }.Uri;

    public static SubscriptionBenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new SubscriptionBenchOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--url" => options with { Url = new Uri(value) },
                "--subscribers" => options with { Subscribers = Positive(name, value) },
                "--events" => options with { Events = Positive(name, value) },
                "--interval-ms" => options with { Interval = TimeSpan.FromMilliseconds(Positive(name, value)) },
                "--filtered-percent" => options with { FilteredPercent = Percent(name, value) },
                "--connect-concurrency" => options with { ConnectConcurrency = Positive(name, value) },
                "--grace" => options with { Grace = TimeSpan.FromSeconds(Positive(name, value)) },
                "--server-pid" => options with { ServerPid = Positive(name, value) },
                "--output" => options with { Output = value },
                "--profile" => options with { Profile = value },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        return options.Profile is null || options.ServerPid is not null ? options : throw new ArgumentException("--profile needs --server-pid.");
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} is a positive whole number, not \"{value}\".");

    private static int Percent(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 100
            ? number
            : throw new ArgumentException($"{name} is a whole percentage from 0 to 100, not \"{value}\".");
}

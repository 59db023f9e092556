using System.Globalization;
using System.Text;

namespace Hub.Bench;

/// <summary>The subscription benchmark's result as Markdown (a heading line and two tables, pasted into the README as they are).</summary>
public sealed record SubscriptionReport(
    SubscriptionBenchOptions Options,
    RecordingStation Station,
    IReadOnlyList<FeedFilter> Filters,
    int Connected,
    int ConnectFailures,
    string? FirstConnectFailure,
    TimeSpan ConnectTime,
    int Ready,
    TimeSpan ReadyTime,
    DeliveryStatistics Delivery,
    CpuUse Cpu,
    MemorySample? Before,
    MemorySample? Subscribed,
    MemorySample? AfterEvents,
    MemorySample? Closed)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var shares = string.Join(", ", Filters.GroupBy(f => f.Name).Select(g => Invariant($"{g.Count():N0} {g.Key}")));
        text.AppendLine(Invariant($"### {Options.Subscribers:N0} subscribers"));
        text.AppendLine();
        text.AppendLine(Invariant($"{Options.WebSocketUrl} · {Options.Subscribers:N0} subscribers ({shares}) · {Delivery.Events} activities of {Station.Name}, one per {Options.Interval.TotalMilliseconds:N0} ms · {Environment.ProcessorCount} cores, load average {LoadAverage()} at the end (other work shares them) · {DateTime.Now:yyyy-MM-dd HH:mm}"));
        text.AppendLine();
        text.AppendLine("| subscribers connected | connect s | deliveries expected | received | missed | to non-matching filters | dropped (server) | p50 ms | p99 ms | max ms | after the event's first delivery, p50 / p99 ms | last delivery of an event, p50 / max ms | recordActivity p50 / max ms |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var d = Delivery;
        text.AppendLine(Invariant($"| {Connected:N0} of {Options.Subscribers:N0} | {ConnectTime.TotalSeconds:N1} | {d.Expected:N0} | {d.Received:N0} | {d.Missed:N0} | {d.Leaked:N0} | {d.DroppedByServer:N0} | {d.P50Ms:N1} | {d.P99Ms:N1} | {d.MaxMs:N1} | {d.SpreadP50Ms:N1} / {d.SpreadP99Ms:N1} | {d.FanoutP50Ms:N1} / {d.FanoutMaxMs:N1} | {d.MutationP50Ms:N1} / {d.MutationMaxMs:N1} |"));
        text.AppendLine();
        var serverCpu = Cpu.Server is { } busy
            ? Invariant($"server {busy.TotalSeconds:N1} s ({busy.TotalMilliseconds * 1000 / Math.Max(1, d.Received):N0} µs per delivery, {busy / Cpu.Wall / Environment.ProcessorCount:P0} of the machine)")
            : "server n/a";
        text.AppendLine(Invariant($"Time to an event's last delivery, in the order sent (s): {string.Join(" ", d.FanoutMs.Select(ms => (ms / 1000).ToString("N1", CultureInfo.InvariantCulture)))}."));
        text.AppendLine();
        text.AppendLine(Invariant($"Processor time from the first measured send to the last delivery ({Cpu.Wall.TotalSeconds:N1} s): {serverCpu}, driver {Cpu.Driver.TotalSeconds:N1} s."));
        text.AppendLine();
        if (Before is not null && Subscribed is not null)
        {
            text.AppendLine("| server memory | RSS MB | managed heap MB (after a full GC) | of which pinned object heap MB |");
            text.AppendLine("|---|---:|---:|---:|");
            text.AppendLine(Invariant($"| before the subscribers (server warm, full GC) | {Mb(Before.RssBytes)} | {Mb(Before.ManagedHeapBytes)} | {Mb(Before.PinnedHeapBytes)} |"));
            text.AppendLine(Invariant($"| {Connected:N0} subscribed (full GC) | {Mb(Subscribed.RssBytes)} | {Mb(Subscribed.ManagedHeapBytes)} | {Mb(Subscribed.PinnedHeapBytes)} |"));
            text.AppendLine(Invariant($"| **per subscriber** | **{PerSubscriber(Before.RssBytes, Subscribed.RssBytes)} KB** | **{PerSubscriber(Before.ManagedHeapBytes, Subscribed.ManagedHeapBytes)} KB** | {PerSubscriber(Before.PinnedHeapBytes, Subscribed.PinnedHeapBytes)} KB |"));
            if (AfterEvents is not null)
            {
                text.AppendLine(Invariant($"| after the events (no GC) · peak RSS | {Mb(AfterEvents.RssBytes)} · {Mb(AfterEvents.PeakRssBytes)} | | |"));
            }

            if (Closed is not null)
            {
                text.AppendLine(Invariant($"| all closed again (full GC) | {Mb(Closed.RssBytes)} | {Mb(Closed.ManagedHeapBytes)} | {Mb(Closed.PinnedHeapBytes)} |"));
            }

            text.AppendLine();
        }

        var notes = new List<string>();
        if (ConnectFailures > 0)
        {
            notes.Add(Invariant($"{ConnectFailures:N0} handshakes failed, the first: {FirstConnectFailure}"));
        }

        if (Ready < Filters.Count(f => f.MatchesEvents))
        {
            notes.Add(Invariant($"only {Ready:N0} subscribers received the readiness activity within {ReadyTime.TotalSeconds:N0} s"));
        }

        if (d.FailedSubscribers > 0)
        {
            notes.Add(Invariant($"{d.FailedSubscribers:N0} subscriptions ended early (closed, errors or completed by the server)"));
        }

        if (d.Duplicates > 0)
        {
            notes.Add(Invariant($"{d.Duplicates:N0} duplicate deliveries"));
        }

        foreach (var note in notes)
        {
            text.AppendLine("- " + note);
        }

        if (notes.Count > 0)
        {
            text.AppendLine();
        }

        return text.ToString();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static string Mb(long? bytes) => bytes is { } b ? (b / 1024.0 / 1024.0).ToString("N1", CultureInfo.InvariantCulture) : "n/a";

    private string PerSubscriber(long? before, long? after) =>
        before is { } b && after is { } a && Connected > 0 ? ((a - b) / 1024.0 / Connected).ToString("N1", CultureInfo.InvariantCulture) : "n/a";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Hub.Bench;

/// <summary>
/// Reads a local server process's memory: RSS from /proc/PID/status, and the managed heap as the runtime reports
/// it after a full blocking GC that an EventPipe session induces through the diagnostics port (the GCHeapCollect
/// keyword, as dotnet-gcdump uses it): the GCHeapStats event of that GC gives the live heap, with garbage gone.
/// </summary>
public static class ServerMemory
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";

    public static MemorySample Read(int pid) => new(StatusField(pid, "VmRSS"), StatusField(pid, "VmHWM"), null, null);

    /// <summary>Induces a full GC in the server, then samples; the heap is null when the runtime did not report within <paramref name="timeout"/>.</summary>
    public static async Task<MemorySample> AfterFullGcAsync(int pid, TimeSpan timeout)
    {
        var client = new DiagnosticsClient(pid);
        EventPipeProvider[] providers =
        [
            new(RuntimeProvider, EventLevel.Informational, (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect)),
        ];
        using var session = await client.StartEventPipeSessionAsync(providers, requestRundown: false, circularBufferMB: 64, CancellationToken.None);
        using var source = new EventPipeEventSource(session.EventStream);
        var heap = new TaskCompletionSource<(long Total, long Pinned)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var induced = false;
        source.Clr.GCStart += started => induced |= started.Reason == GCReason.Induced && started.Depth == 2;
        source.Clr.GCHeapStats += stats =>
        {
            if (induced)
            {
                heap.TrySetResult((stats.TotalHeapSize, stats.GenerationSize4));
            }
        };
        var processing = Task.Run(source.Process);
        var reported = await Task.WhenAny(heap.Task, Task.Delay(timeout)) == heap.Task;
        await session.StopAsync(CancellationToken.None);
        await processing;
        var sample = Read(pid);
        return reported ? sample with { ManagedHeapBytes = heap.Task.Result.Total, PinnedHeapBytes = heap.Task.Result.Pinned } : sample;
    }

    private static long StatusField(int pid, string name)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(name + ":", StringComparison.Ordinal))
            {
                var kilobytes = line[(name.Length + 1)..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"/proc/{pid}/status has no {name} line.");
    }
}

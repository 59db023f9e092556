using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace Hub.Bench;

/// <summary>
/// Thread samples of the server to a .nettrace file while it runs: the runtime's sample profiler (every thread,
/// running or waiting), the JIT's method events and a rundown at the end so managed frames get their names (what
/// dotnet-trace's cpu-sampling profile records).
/// </summary>
public sealed class ServerProfile : IAsyncDisposable
{
    private readonly EventPipeSession _session;
    private readonly Task _copying;
    private readonly FileStream _file;
    private bool _stopped;

    private ServerProfile(EventPipeSession session, FileStream file)
    {
        _session = session;
        _file = file;
        _copying = session.EventStream.CopyToAsync(file);
    }

    public static async Task<ServerProfile> StartAsync(int pid, string path)
    {
        EventPipeProvider[] providers =
        [
            new("Microsoft-DotNETCore-SampleProfiler", EventLevel.Informational),
            new("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, (long)(ClrTraceEventParser.Keywords.Jit | ClrTraceEventParser.Keywords.Loader | ClrTraceEventParser.Keywords.Exception)),
        ];
        var session = await new DiagnosticsClient(pid).StartEventPipeSessionAsync(providers, requestRundown: true, circularBufferMB: 256, CancellationToken.None);
        return new ServerProfile(session, File.Create(path));
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _session.StopAsync(CancellationToken.None);
        await _copying;
        await _file.DisposeAsync();
        _session.Dispose();
    }
}

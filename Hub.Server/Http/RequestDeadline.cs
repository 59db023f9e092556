using System.Diagnostics;

namespace Hub.Server.Http;

/// <summary>
/// The time-out of one HTTP request. Its token cancels database commands when the timer fires; <see cref="ThrowIfPassed"/>
/// also compares the clock, because a timer callback can run late on a busy machine and a request that finished
/// after its deadline must still be refused.
/// </summary>
internal sealed class RequestDeadline : IDisposable
{
    private readonly CancellationTokenSource source;
    private readonly long startedAt = Stopwatch.GetTimestamp();
    private readonly TimeSpan limit;

    public RequestDeadline(TimeSpan limit, CancellationToken requestAborted)
    {
        this.limit = limit;
        source = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        source.CancelAfter(limit);
    }

    public CancellationToken Token => source.Token;

    public bool HasPassed => source.IsCancellationRequested || Stopwatch.GetElapsedTime(startedAt) > limit;

    public void ThrowIfPassed()
    {
        if (HasPassed && !source.IsCancellationRequested)
        {
            source.Cancel();
        }

        source.Token.ThrowIfCancellationRequested();
    }

    public void Dispose() => source.Dispose();
}

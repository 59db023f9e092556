using System.Threading.RateLimiting;

namespace Hub.Server.RateLimiting;

/// <summary>
/// One partition of <see cref="HubRateLimiter"/> as ASP.NET Core's rate limiter sees it. The middleware keeps the
/// limiters its policy hands out and disposes those idle for a few seconds; this view owns no permits, so a
/// disposal drops the view only and the window's count, which socket operations share, goes on.
/// </summary>
internal sealed class SharedPartitionLimiter(PartitionedRateLimiter<HubRateLimitKey> partitions, HubRateLimitKey key, TimeProvider clock) : RateLimiter
{
    private long _lastUsed = clock.GetTimestamp();

    public override TimeSpan? IdleDuration => clock.GetElapsedTime(Volatile.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => partitions.GetStatistics(key);

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        Volatile.Write(ref _lastUsed, clock.GetTimestamp());
        return partitions.AttemptAcquire(key, permitCount);
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _lastUsed, clock.GetTimestamp());
        return partitions.AcquireAsync(key, permitCount, cancellationToken);
    }
}

using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Hub.Schema.Access;
using Hub.Schema.Errors;
using Hub.Schema.Mutation;

namespace Hub.Server.RateLimiting;

/// <summary>
/// The hub's allowances, one fixed window per <see cref="HubRateLimitKey"/>, held once for every transport: the
/// HTTP policy takes its permits here (through <see cref="SharedPartitionLimiter"/>), and so do the operations a
/// WebSocket starts and the audited refusals of anonymous writes. Were the policy's partitions the middleware's
/// own, a socket opened with one permit could run any number of operations beside them.
/// </summary>
internal sealed class HubRateLimiter : IRefusedWriteLimiter, IDisposable
{
    private readonly HubRateLimitOptions _options;
    private readonly TimeProvider _clock;
    private readonly PartitionedRateLimiter<HubRateLimitKey> _partitions;

    public HubRateLimiter(HubRateLimitOptions options, bool enabled, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
        Enabled = enabled;
        _partitions = PartitionedRateLimiter.Create<HubRateLimitKey, HubRateLimitKey>(key => enabled
            ? RateLimitPartition.GetFixedWindowLimiter(key, k => new FixedWindowRateLimiterOptions
            {
                PermitLimit = PermitsOf(k),
                Window = options.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(key));
    }

    public bool Enabled { get; }

    public TimeSpan Window => _options.Window;

    /// <summary>
    /// Whose allowance a request or operation of <paramref name="user"/> takes: the API key or token subject for
    /// callers with credentials, else the client address.
    /// </summary>
    public static HubRateLimitKey KeyOf(ClaimsPrincipal user, IPAddress? address)
    {
        var caller = HubCaller.From(user);
        return caller.IsAuthenticated
            ? new HubRateLimitKey(HubRateLimitBucket.Caller, caller.Subject ?? HubCaller.NameOf(caller.Role))
            : new HubRateLimitKey(HubRateLimitBucket.Address, ClientAddress.NameOf(address));
    }

    public int PermitsOf(HubRateLimitKey key) => key.Bucket switch
    {
        HubRateLimitBucket.Caller => _options.AuthenticatedPermits,
        HubRateLimitBucket.Address => _options.AnonymousPermits,
        _ => _options.RefusedAnonymousWritePermits,
    };

    /// <summary>The partition as ASP.NET Core's rate limiter holds it: a view that may be disposed without losing the count.</summary>
    public RateLimiter ViewOf(HubRateLimitKey key) => new SharedPartitionLimiter(_partitions, key, _clock);

    public RateLimitLease AttemptAcquire(HubRateLimitKey key) => _partitions.AttemptAcquire(key);

    /// <summary>Whole seconds until a refused lease's window lets the caller in again, at least one.</summary>
    public int RetryAfterSeconds(RateLimitLease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : Math.Max(1, (int)Math.Ceiling(_options.Window.TotalSeconds));
    }

    public RateLimitedError? TryAdmitRefusal(string address)
    {
        using var lease = AttemptAcquire(new HubRateLimitKey(HubRateLimitBucket.RefusedAnonymousWrite, address));
        if (lease.IsAcquired)
        {
            return null;
        }

        var seconds = RetryAfterSeconds(lease);
        return new RateLimitedError(
            string.Create(CultureInfo.InvariantCulture, $"Too many refused writes from this address: at most {_options.RefusedAnonymousWritePermits} mutations without credentials in {_options.Window.TotalSeconds:0} seconds. Send an API key or a bearer token with a mutation, or try again in {seconds} seconds."),
            TimeSpan.FromSeconds(seconds));
    }

    public void Dispose() => _partitions.Dispose();
}

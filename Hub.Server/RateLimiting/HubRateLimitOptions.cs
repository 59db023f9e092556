using System.ComponentModel.DataAnnotations;
using Hub.Data;

namespace Hub.Server.RateLimiting;

/// <summary>
/// Request limits per caller (<c>Hub:RateLimits:*</c>): a fixed window of <see cref="Window"/>, in which each API key
/// or token subject may send <see cref="AuthenticatedPermits"/> requests and each anonymous client address
/// <see cref="AnonymousPermits"/>. A batch is one request, and so is each operation a WebSocket starts. Apart from
/// those, each anonymous client address may have <see cref="RefusedAnonymousWritePermits"/> refused writes audited.
/// </summary>
public sealed class HubRateLimitOptions
{
    public const string Section = "Hub:RateLimits";

    /// <summary>
    /// Whether the limits apply. Unset means on, except in the Testing environment, where the test suite's hundreds
    /// of requests from one address would trip them; tests of the limits set it.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>Requests per window from one anonymous client address: 10 a second on average, ample for a person and for a dashboard's page loads.</summary>
    [Range(1, int.MaxValue)]
    public int AnonymousPermits { get; set; } = 600;

    /// <summary>Requests per window for one API key or token subject, whose scripts and dashboards poll harder than people click.</summary>
    [Range(1, int.MaxValue)]
    public int AuthenticatedPermits { get; set; } = 6000;

    /// <summary>
    /// Refused mutations per window from one anonymous client address, each an audit entry: enough for a person who
    /// forgot to sign in to see why, too few to fill the audit log. Beyond them a mutation without credentials gets
    /// 429 and leaves no entry, while the address's reads go on under <see cref="AnonymousPermits"/>.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int RefusedAnonymousWritePermits { get; set; } = 10;

    [Range(typeof(TimeSpan), HubOptionsValidation.NoTime, HubOptionsValidation.LongestTime, MinimumIsExclusive = true)]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

using System.Globalization;
using Hub.Data;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.RateLimits;

/// <summary>
/// The demo hub on a real port (so requests and sockets come from 127.0.0.1, one client address) with its rate
/// limits switched on and low, and a window long enough never to reset mid-test. Each test class gets its own
/// hub, so the allowances one class spends never reach another.
/// </summary>
public sealed class RateLimitedKestrelHub : KestrelSqliteDemoHub
{
    public const int AnonymousPermits = 6;
    public const int AuthenticatedPermits = 5;
    public const int RefusedAnonymousWritePermits = 2;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Hub:RateLimits:Enabled"] = "true",
        ["Hub:RateLimits:AnonymousPermits"] = AnonymousPermits.ToString(CultureInfo.InvariantCulture),
        ["Hub:RateLimits:AuthenticatedPermits"] = AuthenticatedPermits.ToString(CultureInfo.InvariantCulture),
        ["Hub:RateLimits:RefusedAnonymousWritePermits"] = RefusedAnonymousWritePermits.ToString(CultureInfo.InvariantCulture),
        ["Hub:RateLimits:Window"] = "00:10:00",
    };

    public Uri WebSocketAddress => new($"ws://{BaseAddress.Authority}/graphql");

    /// <summary>Rows in the audit log, read from the database: asking the API would spend an allowance.</summary>
    public async Task<int> AuditEntryCountAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().AuditEntries.CountAsync();
    }
}

using Hub.Tests.Infrastructure;

namespace Hub.Tests.RateLimits;

/// <summary>An empty hub whose rate limits are switched on and set low through "Hub:RateLimits" keys, with a window long enough never to reset mid-test.</summary>
public sealed class RateLimitedHub : HubServerFixture
{
    public const int AnonymousPermits = 3;
    public const int AuthenticatedPermits = 5;

    protected override bool SeedDemoData => false;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Hub:RateLimits:Enabled"] = "true",
        ["Hub:RateLimits:AnonymousPermits"] = AnonymousPermits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Hub:RateLimits:AuthenticatedPermits"] = AuthenticatedPermits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Hub:RateLimits:Window"] = "00:10:00",
    };

    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.CreateSqlite());
}

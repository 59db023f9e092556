using System.Globalization;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Telemetry;

/// <summary>
/// The demo hub on a real port with its rate limits on, generous enough for the tests' GraphQL requests and far
/// below the number of scrapes one test makes, so that a refused scrape would show.
/// </summary>
public sealed class TelemetryHub : KestrelSqliteDemoHub
{
    public const int Permits = 30;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Hub:RateLimits:Enabled"] = "true",
        ["Hub:RateLimits:AnonymousPermits"] = Permits.ToString(CultureInfo.InvariantCulture),
        ["Hub:RateLimits:AuthenticatedPermits"] = Permits.ToString(CultureInfo.InvariantCulture),
        ["Hub:RateLimits:Window"] = "00:10:00",
    };

    public Uri WebSocketAddress => new($"ws://{BaseAddress.Authority}/graphql");
}

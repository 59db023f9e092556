using System.Globalization;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Proxy;

/// <summary>
/// The hub on a real port (every request comes from 127.0.0.1) with its rate limits on and low, and a window that
/// never resets mid-test; a subclass says which proxies it trusts. Without the demo data: the tests ask for the
/// indicator catalogue only.
/// </summary>
public abstract class RateLimitedProxyHub : KestrelSqliteDemoHub
{
    public const int AnonymousPermits = 3;

    protected override bool SeedDemoData => false;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(ProxySettings)
    {
        ["Hub:RateLimits:Enabled"] = "true",
        ["Hub:RateLimits:AnonymousPermits"] = AnonymousPermits.ToString(CultureInfo.InvariantCulture),
        ["Hub:RateLimits:Window"] = "00:10:00",
    };

    public Uri WebSocketAddress => new($"ws://{BaseAddress.Authority}/graphql");

    protected abstract IReadOnlyDictionary<string, string> ProxySettings { get; }
}

/// <summary>The test client on 127.0.0.1 is the proxy, as nginx on the same machine would be.</summary>
public sealed class LoopbackProxyHub : RateLimitedProxyHub
{
    protected override IReadOnlyDictionary<string, string> ProxySettings { get; } = new Dictionary<string, string>
    {
        ["Hub:Proxy:KnownProxies:0"] = "127.0.0.1",
    };
}

/// <summary>No proxy configured: the forwarded headers are not read at all.</summary>
public sealed class UnproxiedHub : RateLimitedProxyHub
{
    protected override IReadOnlyDictionary<string, string> ProxySettings { get; } = new Dictionary<string, string>();
}

/// <summary>Proxies configured, none of them 127.0.0.1: the test client is a client like any other and its headers are not believed.</summary>
public sealed class ElsewhereProxyHub : RateLimitedProxyHub
{
    protected override IReadOnlyDictionary<string, string> ProxySettings { get; } = new Dictionary<string, string>
    {
        ["Hub:Proxy:KnownProxies:0"] = "10.9.9.9",
        ["Hub:Proxy:KnownNetworks:0"] = "192.168.0.0/16",
        ["Hub:Proxy:KnownNetworks:1"] = "fd00::/8",
    };
}

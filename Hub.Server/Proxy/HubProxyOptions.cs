namespace Hub.Server.Proxy;

/// <summary>
/// The reverse proxies in front of the hub (<c>Hub:Proxy:*</c>). A request that arrives from one of them is taken to
/// come from the address in its <c>X-Forwarded-For</c> header (and over the scheme in <c>X-Forwarded-Proto</c>); a
/// request from any other address keeps its own, whatever headers it carries, so a client cannot choose the address
/// its rate limits are counted against. With neither list set, the headers are not read at all.
/// </summary>
public sealed class HubProxyOptions
{
    public const string Section = "Hub:Proxy";

    /// <summary>Addresses of the proxies, one an entry (<c>127.0.0.1</c>, <c>::1</c>, <c>10.0.0.5</c>).</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation (<c>10.0.0.0/8</c>, <c>fd00::/8</c>).</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>Whether any proxy is configured, that is whether the forwarded headers are read.</summary>
    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}

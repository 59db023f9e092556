using System.Net;
using Hub.Data;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hub.Server.Proxy;

public static class HubForwardedHeadersExtensions
{
    /// <summary>
    /// Reads <c>Hub:Proxy</c> (checked when the host starts: every entry an IP address or a CIDR network) and sets
    /// ASP.NET Core's forwarded-headers middleware to trust exactly those proxies, for <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c>. The middleware's own defaults (loopback trusted) are cleared: only what is configured
    /// is trusted.
    /// </summary>
    public static IServiceCollection AddHubProxy(this IServiceCollection services)
    {
        services.AddOptions<HubProxyOptions>()
            .BindConfiguration(HubProxyOptions.Section)
            .Configure<IConfiguration>(AddCommaSeparated)
            .ValidateKeys(HubProxyOptions.Section)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubProxyOptions>, HubProxyOptionsValidator>());
        services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<HubProxyOptions>>((forwarded, proxy) => Trust(forwarded, proxy.Value));
        return services;
    }

    /// <summary>
    /// Puts the client address and scheme a configured proxy forwarded in place of the proxy's own, for every request,
    /// WebSocket upgrades and event streams included. Goes first, before the rate limiter and anything else that
    /// reads <c>HttpContext.Connection.RemoteIpAddress</c>. Adds nothing when no proxy is configured.
    /// </summary>
    public static IApplicationBuilder UseHubForwardedHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.ApplicationServices.GetRequiredService<IOptions<HubProxyOptions>>().Value.Enabled
            ? app.UseForwardedHeaders()
            : app;
    }

    /// <summary>
    /// Also takes each list as one comma-separated value (<c>Hub__Proxy__KnownProxies=10.0.0.5,10.0.0.6</c> in an
    /// environment file), which the binder would leave empty, switching the proxy off without a word.
    /// </summary>
    private static void AddCommaSeparated(HubProxyOptions options, IConfiguration configuration)
    {
        Add(options.KnownProxies, nameof(HubProxyOptions.KnownProxies));
        Add(options.KnownNetworks, nameof(HubProxyOptions.KnownNetworks));

        void Add(IList<string> list, string key)
        {
            foreach (var entry in configuration[$"{HubProxyOptions.Section}:{key}"]?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [])
            {
                list.Add(entry);
            }
        }
    }

    private static void Trust(ForwardedHeadersOptions forwarded, HubProxyOptions proxy)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        // One proxy hop: the last address the trusted proxy appended is the client; entries before it came from the
        // client itself and are not believed.
        forwarded.ForwardLimit = 1;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // The obsolete list holds the loopback default too, should the middleware still read it.
        forwarded.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
        foreach (var address in proxy.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(address.Trim()));
        }

        foreach (var network in proxy.KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
        }
    }
}

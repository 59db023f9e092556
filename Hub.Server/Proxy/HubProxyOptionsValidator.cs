using System.Net;
using Hub.Data;
using Microsoft.Extensions.Options;

namespace Hub.Server.Proxy;

/// <summary>Every entry of <see cref="HubProxyOptions"/> must be an IP address or a CIDR network; a typo must not silently trust nobody, or somebody else.</summary>
internal sealed class HubProxyOptionsValidator : IValidateOptions<HubProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, HubProxyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var i = 0; i < options.KnownProxies.Count; i++)
        {
            if (!IPAddress.TryParse(options.KnownProxies[i]?.Trim(), out _))
            {
                failures.Add(HubOptionsValidation.Describe(
                    $"{HubProxyOptions.Section}:{nameof(HubProxyOptions.KnownProxies)}:{i}",
                    options.KnownProxies[i],
                    "not an IP address (for example 127.0.0.1 or ::1)."));
            }
        }

        for (var i = 0; i < options.KnownNetworks.Count; i++)
        {
            if (!IsNetwork(options.KnownNetworks[i]))
            {
                failures.Add(HubOptionsValidation.Describe(
                    $"{HubProxyOptions.Section}:{nameof(HubProxyOptions.KnownNetworks)}:{i}",
                    options.KnownNetworks[i],
                    "not a network in CIDR notation, an address and a prefix length with no bits set after the prefix (for example 10.0.0.0/8 or fd00::/8)."));
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>
    /// An address, a slash and a prefix length, the address with no bits set after the prefix: <c>10.0.0.1/8</c> is
    /// refused rather than read as 10.0.0.0/8, because whoever wrote it may have meant the one proxy 10.0.0.1/32.
    /// </summary>
    private static bool IsNetwork(string? entry)
    {
        var text = entry?.Trim() ?? "";
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0
            && IPNetwork.TryParse(text, out var network)
            && IPAddress.TryParse(text.AsSpan(0, slash), out var address)
            && network.BaseAddress.Equals(address);
    }
}

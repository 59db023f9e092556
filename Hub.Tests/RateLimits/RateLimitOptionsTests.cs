using Hub.Server.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;

namespace Hub.Tests.RateLimits;

/// <summary>An allowance of zero or less would refuse everything (or, for refused writes, nothing would be audited): the server does not start with one.</summary>
public sealed class RateLimitOptionsTests
{
    [Theory]
    [InlineData("AnonymousPermits", "0")]
    [InlineData("AuthenticatedPermits", "-1")]
    [InlineData("RefusedAnonymousWritePermits", "0")]
    [InlineData("Window", "00:00:00")]
    public void A_setting_that_is_not_positive_is_refused_at_start(string key, string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{HubRateLimitOptions.Section}:{key}"] = value })
            .Build();

        var error = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddHubRateLimits(configuration, new HostingEnvironment { EnvironmentName = "Production" }));
        Assert.Contains(HubRateLimitOptions.Section, error.Message, StringComparison.Ordinal);
    }
}

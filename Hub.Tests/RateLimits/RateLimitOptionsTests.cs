using Hub.Server.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

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
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = "Production" })
            .AddSingleton(TimeProvider.System)
            .AddHubRateLimits()
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<HubRateLimitOptions>>().Value);
        Assert.Contains($"{HubRateLimitOptions.Section}:{key} is {value}", error.Message, StringComparison.Ordinal);
    }
}

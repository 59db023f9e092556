using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Data.ActivityFeed;

/// <summary>
/// Connects the <see cref="RedisActivityFeed"/> when the host starts and closes it when it stops, if
/// <c>Hub:ActivityFeed:Redis</c> is set; does nothing otherwise. A hosted service, so that CLI verbs, which never
/// start the host, never connect.
/// </summary>
internal sealed class ActivityFeedConnection(IOptions<ActivityFeedOptions> options, IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Feed()?.StartAsync(cancellationToken) ?? Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Feed()?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    private RedisActivityFeed? Feed() => options.Value.UsesRedis ? services.GetRequiredService<RedisActivityFeed>() : null;
}

using Hub.Data;
using Hub.Data.ActivityFeed;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.ActivityFeed;

/// <summary>
/// Two real hub instances (A and B) on one fresh MariaDB database, sharing their activity feed through a real
/// redis-server of the fixture's own, as two servers behind a load balancer would.
/// </summary>
public sealed class TwoHubsOnRedis : IAsyncLifetime
{
    private TestDatabase? _database;

    public RedisServer Redis { get; private set; } = null!;

    public HubApplication A { get; private set; } = null!;

    public HubApplication B { get; private set; } = null!;

    public GraphQLClient ClientA { get; private set; } = null!;

    public GraphQLClient ClientB { get; private set; } = null!;

    public static string Channel => new ActivityFeedOptions().RedisChannel;

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        _database = await TestDatabase.CreateMariaDbAsync();
        // A migrates and seeds; B starts on the database A prepared, as a second instance would.
        A = StartInstance(seedDemoData: true);
        ClientA = new GraphQLClient(A.CreateClient().SignedInAsAdmin());
        B = StartInstance(seedDemoData: false);
        ClientB = new GraphQLClient(B.CreateClient().SignedInAsAdmin());
        await WaitUntilBothSubscribedAsync();
    }

    /// <summary>Another instance on the same database and Redis; the caller disposes it.</summary>
    public HubApplication StartInstance(bool seedDemoData = false) =>
        new(DatabaseProvider.MySql, _database!.ConnectionString, seedDemoData, new Dictionary<string, string>
        {
            ["Hub:ActivityFeed:Redis"] = Redis.Configuration,
        });

    /// <summary>Waits until Redis counts both instances on the channel and A can publish (after a start or a restart).</summary>
    public Task WaitUntilBothSubscribedAsync() => WaitUntilSubscribedAsync(Redis, A, B);

    /// <summary>Waits until Redis counts exactly these instances on the channel and each of them can publish.</summary>
    public static Task WaitUntilSubscribedAsync(RedisServer redis, params HubApplication[] instances)
    {
        ArgumentNullException.ThrowIfNull(redis);
        return RedisServer.WaitUntilAsync(
            async () => await redis.SubscriberCountAsync(Channel) == instances.Length && instances.All(instance => FeedOf(instance).IsConnected),
            TimeSpan.FromSeconds(30),
            "both instances subscribed to the channel and connected");
    }

    public static RedisActivityFeed FeedOf(HubApplication instance) => instance.Services.GetRequiredService<RedisActivityFeed>();

    public async Task DisposeAsync()
    {
        // Null when InitializeAsync failed part way: its exception is the one to see.
        if (B is not null)
        {
            await B.DisposeAsync();
        }

        if (A is not null)
        {
            await A.DisposeAsync();
        }

        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

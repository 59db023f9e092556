using Hub.Data;
using Hub.Data.ActivityFeed;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.ActivityFeed;

/// <summary>
/// Two real hub instances (A and B), each behind its own Kestrel listener on a loopback port, on one fresh MariaDB
/// database and one real redis-server: two servers behind a load balancer as the socket and event-stream clients
/// see them. Activities are recorded over HTTP on A; clients subscribe on B.
/// </summary>
public sealed class TwoKestrelHubsOnRedis : IAsyncLifetime
{
    private TestDatabase? _database;
    private HubApplication? _a;
    private HubApplication? _b;

    public RedisServer Redis { get; private set; } = null!;

    /// <summary>http://127.0.0.1:{port}/ of instance A.</summary>
    public Uri AddressOfA { get; private set; } = null!;

    /// <summary>http://127.0.0.1:{port}/ of instance B.</summary>
    public Uri AddressOfB { get; private set; } = null!;

    public Uri WebSocketOfB => new($"ws://{AddressOfB.Authority}/graphql");

    /// <summary>An ADMIN client of instance A over its socket: every mutation needs credentials.</summary>
    public GraphQLClient AdminOnA { get; private set; } = null!;

    /// <summary>A public client of instance B over its socket.</summary>
    public GraphQLClient ClientOnB { get; private set; } = null!;

    /// <summary>An ADMIN client of instance B, for activities that must stay on B while Redis is away.</summary>
    public GraphQLClient AdminOnB { get; private set; } = null!;

    /// <summary>Instance B's own subscribers: what a client subscribed on B holds there.</summary>
    public ActivityFanout FanoutOfB => _b!.Services.GetRequiredService<ActivityFanout>();

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        _database = await TestDatabase.CreateMariaDbAsync();
        // A migrates and seeds; B starts on the database A prepared, as a second instance would.
        (_a, AddressOfA) = StartOnKestrel(seedDemoData: true);
        (_b, AddressOfB) = StartOnKestrel(seedDemoData: false);
        AdminOnA = new GraphQLClient(new HttpClient { BaseAddress = AddressOfA }.SignedInAsAdmin());
        ClientOnB = new GraphQLClient(new HttpClient { BaseAddress = AddressOfB });
        AdminOnB = new GraphQLClient(new HttpClient { BaseAddress = AddressOfB }.SignedInAsAdmin());
        await WaitUntilBothSubscribedAsync();
    }

    /// <summary>Waits until Redis counts both instances on the channel and both can publish (after a start or a restart).</summary>
    public Task WaitUntilBothSubscribedAsync() => TwoHubsOnRedis.WaitUntilSubscribedAsync(Redis, _a!, _b!);

    /// <summary>
    /// Waits until B has freed the subscriptions of earlier tests (it notices a closed connection on its own time),
    /// so a test can count its own subscribers from zero.
    /// </summary>
    public Task SettledOnBAsync() => ActivityRecording.WaitForSubscribersAsync(_b!.Services, 0);

    /// <summary>Waits until B holds <paramref name="count"/> feed subscribers: a subscribe is answered by nothing.</summary>
    public Task WaitForSubscribersOnBAsync(int count) => ActivityRecording.WaitForSubscribersAsync(_b!.Services, count, TimeSpan.FromSeconds(60));

    private (HubApplication Instance, Uri Address) StartOnKestrel(bool seedDemoData)
    {
        var instance = new HubApplication(DatabaseProvider.MySql, _database!.ConnectionString, seedDemoData, new Dictionary<string, string>
        {
            ["Hub:ActivityFeed:Redis"] = Redis.Configuration,
        });
        return (instance, instance.StartOnLoopback());
    }

    public async Task DisposeAsync()
    {
        // Null when InitializeAsync failed part way: its exception is the one to see.
        AdminOnA?.Http.Dispose();
        ClientOnB?.Http.Dispose();
        AdminOnB?.Http.Dispose();
        if (_b is not null)
        {
            await _b.DisposeAsync();
        }

        if (_a is not null)
        {
            await _a.DisposeAsync();
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

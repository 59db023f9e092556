using System.Net;
using Hub.Data;
using Hub.Data.ActivityFeed;
using Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.ServerSentEvents;

/// <summary>
/// The real hub with the demo data behind real Kestrel on a loopback port, with SSE settings small enough to
/// observe in a test: keep-alives every second, reservations that expire after eight seconds (long enough for a test to record a dozen activities first), a feed buffer of five events and a delivery window of two, four operations
/// per single-connection stream. <see cref="StartAsync"/> gives a test a server of its own to shut down.
/// </summary>
public sealed class KestrelSseHub : IAsyncLifetime, IAsyncDisposable
{
    public const int MaxOperationsPerStream = 4;

    public static readonly TimeSpan ReservationTimeout = TimeSpan.FromSeconds(8);

    /// <summary>Events one subscriber may have waiting, and results in flight to it: small, so a test can overflow them.</summary>
    public const int FeedBufferSize = 5;
    public const int DeliveryWindow = 2;

    private HubApplication? _application;
    private TestDatabase? _database;

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public Uri StreamUri => new(BaseAddress, "/graphql/stream");

    public GraphQLClient Client { get; private set; } = null!;

    /// <summary>A client of the same server signed in as an ADMIN, for recording activities.</summary>
    public GraphQLClient Admin { get; private set; } = null!;

    /// <summary>The server's own subscribers, to see that a client that left freed its subscription.</summary>
    public ActivityFanout Fanout => _application!.Services.GetRequiredService<ActivityFanout>();

    /// <summary>
    /// Waits until the streams of earlier tests have been freed (the server notices a closed connection on its
    /// own time) and returns the count, zero, that a test compares with later.
    /// </summary>
    public async Task<int> SettledSubscriberCountAsync()
    {
        await Eventually.TrueAsync(() => Fanout.SubscriberCount == 0, "the subscriptions of earlier tests are freed");
        return 0;
    }

    public static async Task<KestrelSseHub> StartAsync()
    {
        var hub = new KestrelSseHub();
        await hub.InitializeAsync();
        return hub;
    }

    public Task InitializeAsync()
    {
        _database = TestDatabase.CreateSqlite();
        _application = new HubApplication(DatabaseProvider.Sqlite, _database.ConnectionString, seedDemoData: true, new Dictionary<string, string>
        {
            ["Hub:ServerSentEvents:KeepAliveInterval"] = "00:00:01",
            ["Hub:ServerSentEvents:ReservationTimeout"] = ReservationTimeout.ToString(),
            // The key of TestTokens, so tests can act as different callers.
            ["Hub:Auth:Jwt:SigningKey"] = TestTokens.SigningKey,
            ["Hub:ActivityFeed:BufferSize"] = FeedBufferSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Hub:ServerSentEvents:DeliveryWindow"] = DeliveryWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Hub:ServerSentEvents:MaxOperationsPerStream"] = MaxOperationsPerStream.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        _application.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _application.StartServer();

        var addresses = _application.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());
        Client = new GraphQLClient(new HttpClient { BaseAddress = BaseAddress });
        Admin = new GraphQLClient(new HttpClient { BaseAddress = BaseAddress }.SignedInAsAdmin());
        return Task.CompletedTask;
    }

    /// <summary>Stops the server as a host stops (ApplicationStopping, then Kestrel drains its requests).</summary>
    public async Task StopAsync()
    {
        if (_application is not null)
        {
            await _application.DisposeAsync();
            _application = null;
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        Client?.Http.Dispose();
        Admin?.Http.Dispose();
        await StopAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

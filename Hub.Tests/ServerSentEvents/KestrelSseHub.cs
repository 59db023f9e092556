using System.Globalization;
using Hub.Data.ActivityFeed;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.ServerSentEvents;

/// <summary>
/// The demo hub on a real port with SSE settings small enough to observe in a test: keep-alives every second,
/// reservations that expire after eight seconds (long enough for a test to record a dozen activities first), a
/// feed buffer of five events and a delivery window of two, four operations per single-connection stream.
/// <see cref="StartAsync"/> gives a test a server of its own to shut down.
/// </summary>
public sealed class KestrelSseHub : KestrelSqliteDemoHub
{
    public const int MaxOperationsPerStream = 4;

    public static readonly TimeSpan ReservationTimeout = TimeSpan.FromSeconds(8);

    /// <summary>Events one subscriber may have waiting, and results in flight to it: small, so a test can overflow them.</summary>
    public const int FeedBufferSize = 5;
    public const int DeliveryWindow = 2;

    public Uri StreamUri => new(BaseAddress, "/graphql/stream");

    /// <summary>The server's own subscribers, to see that a client that left freed its subscription.</summary>
    public ActivityFanout Fanout => Services.GetRequiredService<ActivityFanout>();

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Hub:ServerSentEvents:KeepAliveInterval"] = "00:00:01",
        ["Hub:ServerSentEvents:ReservationTimeout"] = ReservationTimeout.ToString(),
        ["Hub:ActivityFeed:BufferSize"] = FeedBufferSize.ToString(CultureInfo.InvariantCulture),
        ["Hub:ServerSentEvents:DeliveryWindow"] = DeliveryWindow.ToString(CultureInfo.InvariantCulture),
        ["Hub:ServerSentEvents:MaxOperationsPerStream"] = MaxOperationsPerStream.ToString(CultureInfo.InvariantCulture),
    };

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
}

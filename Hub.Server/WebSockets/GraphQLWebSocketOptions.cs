using System.ComponentModel.DataAnnotations;
using Hub.Data;

namespace Hub.Server.WebSockets;

/// <summary>Bound from "Hub:WebSockets": the graphql-transport-ws endpoint at /graphql.</summary>
public sealed class GraphQLWebSocketOptions
{
    public const string Section = "Hub:WebSockets";

    /// <summary>How long a client has after the socket opened to send <c>connection_init</c>; then 4408.</summary>
    [Range(typeof(TimeSpan), HubOptionsValidation.NoTime, HubOptionsValidation.LongestTime, MinimumIsExclusive = true)]
    public TimeSpan ConnectionInitWaitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often the server sends a WebSocket ping frame. Together with <see cref="KeepAliveTimeout"/> it finds
    /// clients that vanished without closing (a laptop lid shut, a dropped mobile link), whose operations would
    /// otherwise hold their feed subscriptions until TCP gave up, minutes later.
    /// </summary>
    [Range(typeof(TimeSpan), HubOptionsValidation.NoTime, HubOptionsValidation.LongestTime)]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the server waits for the pong of its ping before it aborts the socket and frees its operations.</summary>
    [Range(typeof(TimeSpan), HubOptionsValidation.NoTime, HubOptionsValidation.LongestTime)]
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Largest message a client may send (close 1009 Message Too Big). A subscribe message is a document and its
    /// variables: the hub's own document limits (Hub:Limits) refuse far smaller ones long before this is reached.
    /// </summary>
    [Range(1024, int.MaxValue)]
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Operations one connection may have running at once; one more is refused with an <c>error</c> message.</summary>
    [Range(1, int.MaxValue)]
    public int MaxOperationsPerConnection { get; set; } = 100;

    /// <summary>
    /// Results of one subscription that may wait to be sent at a time. Events beyond it wait in the subscriber's
    /// own bounded feed buffer (Hub:ActivityFeed:BufferSize), where the oldest are dropped when it is full.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int DeliveryWindow { get; set; } = 2;

    /// <summary>
    /// On shutdown, how long open operations get to send what is already waiting (and queries to finish) before the
    /// server completes them itself and closes every socket with 1001 Going Away.
    /// </summary>
    [Range(typeof(TimeSpan), HubOptionsValidation.NoTime, HubOptionsValidation.LongestTime)]
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the server waits for the client's close frame after sending its own, before it aborts the socket.</summary>
    [Range(typeof(TimeSpan), HubOptionsValidation.NoTime, HubOptionsValidation.LongestTime, MinimumIsExclusive = true)]
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(3);
}

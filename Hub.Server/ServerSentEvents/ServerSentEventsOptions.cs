using System.ComponentModel.DataAnnotations;
using Hub.Data;

namespace Hub.Server.ServerSentEvents;

/// <summary>Settings of GraphQL over Server-Sent Events (<c>Hub:ServerSentEvents:*</c>).</summary>
public sealed class ServerSentEventsOptions
{
    public const string Section = "Hub:ServerSentEvents";

    /// <summary>
    /// How often an idle event stream gets a comment line. Proxies and load balancers close connections that stay
    /// silent for their idle time-out (often 60 seconds); the graphql-sse reference server pings every 12 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), HubOptionsValidation.NoTime, HubOptionsValidation.LongestTime, MinimumIsExclusive = true)]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>
    /// How long a single-connection reservation (PUT) waits for its event stream to be opened before it is
    /// forgotten, with any operations already started on it.
    /// </summary>
    [Range(typeof(TimeSpan), HubOptionsValidation.NoTime, HubOptionsValidation.LongestTime, MinimumIsExclusive = true)]
    public TimeSpan ReservationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Operations one single-connection stream may run at the same time.</summary>
    [Range(1, int.MaxValue)]
    public int MaxOperationsPerStream { get; set; } = 100;

    /// <summary>
    /// Results of one subscription that may be on their way to the client at once. When the client reads more
    /// slowly, further events wait in the subscriber's bounded feed buffer (oldest dropped first and counted in
    /// <c>extensions.droppedEvents</c>) instead of piling up in front of its connection.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int DeliveryWindow { get; set; } = 16;
}

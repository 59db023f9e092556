using Hub.Data.ActivityFeed;

namespace Hub.Server.ServerSentEvents;

/// <summary>Maps GraphQL over Server-Sent Events.</summary>
public static class ServerSentEventsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the graphql-sse protocol at <paramref name="pattern"/>, for every method (PUT and DELETE belong to its
    /// single connection mode). Needs <c>services.AddHubServerSentEvents(configuration)</c> and <c>AddHubStreaming()</c>.
    /// </summary>
    /// <remarks>
    /// Both modes live at a path of their own: single connection mode sends its operations as plain JSON POSTs (told
    /// apart only by a token header) and uses PUT and DELETE, which GraphQL over HTTP at <c>/graphql</c> answers with
    /// 405. Distinct connections mode is also answered at <c>/graphql</c> (<see cref="IEventStreamRequests"/>), where
    /// a request that names <c>text/event-stream</c> and carries no token can mean nothing else.
    /// </remarks>
    public static IEndpointConventionBuilder MapHubServerSentEvents(this IEndpointRouteBuilder endpoints, string pattern = "/graphql/stream")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var endpoint = services.GetRequiredService<ServerSentEventsEndpoint>();

        // On shutdown every feed ends after the events already waiting, so each subscription sends its last results
        // and `complete`, and each stream finishes its response before the server stops. The WebSocket transport
        // completes the feeds too; completing them twice is harmless.
        var registry = services.GetRequiredService<EventStreamRegistry>();
        var fanout = services.GetRequiredService<ActivityFanout>();
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() =>
        {
            fanout.CompleteAll();
            registry.Drain();
        });

        return endpoints.Map(pattern, endpoint.HandleAsync).WithDisplayName("GraphQL over Server-Sent Events");
    }
}

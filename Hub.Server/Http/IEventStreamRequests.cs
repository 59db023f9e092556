namespace Hub.Server.Http;

/// <summary>
/// A transport that answers, at the GraphQL endpoint itself, the requests that ask for an event stream
/// (<c>Accept: text/event-stream</c>), as GraphQL Yoga and HotChocolate do: graphql-sse clients pointed at
/// <c>/graphql</c> then work as they do at the transport's own path.
/// </summary>
public interface IEventStreamRequests
{
    /// <summary>Whether <paramref name="request"/> is one this transport answers at the GraphQL endpoint.</summary>
    bool Claims(HttpRequest request);

    Task HandleAsync(HttpContext context);
}

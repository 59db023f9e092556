using System.Net.WebSockets;
using GraphQL;
using Hub.Server.RateLimiting;
using Hub.Server.Streaming;
using Microsoft.Extensions.Options;

namespace Hub.Server.WebSockets;

/// <summary>Accepts a WebSocket handshake at the GraphQL path and serves graphql-transport-ws on it.</summary>
internal sealed class GraphQLWebSocketEndpoint(
    IOptions<GraphQLWebSocketOptions> options,
    StreamingOperationRunner runner,
    IServiceScopeFactory scopes,
    IGraphQLTextSerializer serializer,
    IGraphQLWebSocketInitializer initializer,
    GraphQLWebSocketConnections connections,
    ILogger<GraphQLWebSocketEndpoint> logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            // An upgrade request the WebSockets middleware does not take (a wrong version or key).
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("Not a valid WebSocket handshake.", context.RequestAborted);
            return;
        }

        var settings = options.Value;
        var speaksProtocol = context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(speaksProtocol ? SubProtocol : null);
        if (!speaksProtocol || connections.Stopping)
        {
            // The protocol's answer to a client that does not speak it (the old subscriptions-transport-ws
            // "graphql-ws" one, or none): accept, then close with 4406 so that the client learns why.
            await CloseAsync(
                socket,
                speaksProtocol ? GraphQLWebSocketCloseCodes.GoingAway : GraphQLWebSocketCloseCodes.SubprotocolNotAcceptable,
                speaksProtocol ? "Going away" : "Subprotocol not acceptable",
                settings.CloseTimeout);
            return;
        }

        using var connection = new GraphQLWebSocketConnection(socket, context, settings, runner, scopes, serializer, initializer, context.RequestServices.GetService<HubRateLimiter>(), logger);
        using var registration = connections.Add(connection);
        await connection.RunAsync();
    }

    private static async Task CloseAsync(WebSocket socket, int code, string reason, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await socket.CloseAsync((WebSocketCloseStatus)code, reason, deadline.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client did not answer the close; the socket is given up.
        }
    }
}

using Microsoft.Extensions.Options;

namespace Hub.Server.WebSockets;

public static class GraphQLWebSocketApplicationBuilderExtensions
{
    /// <summary>
    /// Adds ASP.NET Core's WebSockets middleware with the keep-alive of "Hub:WebSockets": the server pings every
    /// KeepAliveInterval and aborts a socket whose pong has not come within KeepAliveTimeout, so the operations of
    /// a client that vanished without closing are freed. Must run before the endpoints.
    /// </summary>
    public static IApplicationBuilder UseHubWebSockets(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ApplicationServices.GetRequiredService<IOptions<GraphQLWebSocketOptions>>().Value;
        return app.UseWebSockets(new WebSocketOptions
        {
            KeepAliveInterval = options.KeepAliveInterval,
            KeepAliveTimeout = options.KeepAliveTimeout == TimeSpan.Zero ? Timeout.InfiniteTimeSpan : options.KeepAliveTimeout,
        });
    }
}

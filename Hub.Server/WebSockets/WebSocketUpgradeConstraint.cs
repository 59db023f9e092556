using Microsoft.AspNetCore.Http.Features;

namespace Hub.Server.WebSockets;

/// <summary>
/// Lets the WebSocket endpoint's route match only a WebSocket handshake (HTTP/1.1 GET with <c>Upgrade: websocket</c>,
/// or HTTP/2's extended CONNECT for websocket), so every other request at the same path reaches the HTTP endpoint
/// or the IDE. Routing runs before the WebSockets middleware, so the handshake is recognised from the request itself.
/// </summary>
internal sealed class WebSocketUpgradeConstraint : IRouteConstraint
{
    public const string Key = "webSocketUpgrade";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        routeDirection == RouteDirection.IncomingRequest && httpContext is not null && IsHandshake(httpContext);

    private static bool IsHandshake(HttpContext context)
    {
        if (context.Features.Get<IHttpExtendedConnectFeature>() is { IsExtendedConnect: true } connect)
        {
            return string.Equals(connect.Protocol, "websocket", StringComparison.OrdinalIgnoreCase);
        }

        return HttpMethods.IsGet(context.Request.Method)
            && context.Features.Get<IHttpUpgradeFeature>() is { IsUpgradableRequest: true }
            && context.Request.Headers.Upgrade.Any(value => value is not null && value.Contains("websocket", StringComparison.OrdinalIgnoreCase));
    }
}

using System.Security.Claims;
using System.Text.Json;

namespace Hub.Server.WebSockets;

/// <summary>
/// Decides who the caller of a graphql-transport-ws connection is when its <c>connection_init</c> arrives: every
/// operation of the connection runs as the principal returned here. The default takes the caller the upgrade
/// request authenticated as (<c>HttpContext.User</c>, e.g. from an Authorization header); an implementation that
/// reads a token from the init payload (browsers cannot set headers on a WebSocket) replaces it in DI.
/// </summary>
public interface IGraphQLWebSocketInitializer
{
    /// <param name="upgradeRequest">The HTTP request that opened the socket.</param>
    /// <param name="payload">The <c>connection_init</c> payload (an object), or null when the client sent none.</param>
    /// <param name="cancellationToken">Fires when the socket goes away.</param>
    /// <returns>The caller, or null to refuse the connection (close 4403 Forbidden).</returns>
    ValueTask<ClaimsPrincipal?> InitializeAsync(HttpContext upgradeRequest, JsonElement? payload, CancellationToken cancellationToken);
}

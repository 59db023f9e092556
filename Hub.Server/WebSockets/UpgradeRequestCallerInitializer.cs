using System.Security.Claims;
using System.Text.Json;

namespace Hub.Server.WebSockets;

/// <summary>The default <see cref="IGraphQLWebSocketInitializer"/>: the caller is whoever the upgrade request authenticated as.</summary>
internal sealed class UpgradeRequestCallerInitializer : IGraphQLWebSocketInitializer
{
    public ValueTask<ClaimsPrincipal?> InitializeAsync(HttpContext upgradeRequest, JsonElement? payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult<ClaimsPrincipal?>(upgradeRequest.User);
}

using System.Security.Claims;
using System.Text.Json;
using Hub.Schema.Access;
using Microsoft.AspNetCore.Authentication;

namespace Hub.Server.WebSockets;

/// <summary>
/// The default <see cref="IGraphQLWebSocketInitializer"/>. Browsers cannot set headers on a WebSocket, so a client
/// may put its credentials in the <c>connection_init</c> payload as <c>{"authorization": "Bearer &lt;token&gt;"}</c>
/// or <c>{"authorization": "ApiKey &lt;key&gt;"}</c>, the same value as the HTTP Authorization header, checked by the
/// same handlers. Without one, the caller is whoever the upgrade request authenticated as (its own headers), or
/// the public. Credentials that do not check out refuse the connection (4403) rather than running it as the public,
/// as over HTTP.
/// </summary>
internal sealed class ConnectionInitCredentials : IGraphQLWebSocketInitializer
{
    /// <summary>The payload key of the credentials, in any case.</summary>
    public const string AuthorizationKey = "authorization";

    public async ValueTask<ClaimsPrincipal?> InitializeAsync(HttpContext upgradeRequest, JsonElement? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upgradeRequest);
        if (AuthorizationOf(payload) is not { } authorization)
        {
            return upgradeRequest.User;
        }

        // The handlers read credentials from a request: give them one that carries the payload's and the upgrade
        // request's address, in a scope of its own, because a scope's handler provider keeps each handler bound to
        // the first request it saw (here the upgrade request, which carried no credentials).
        await using var scope = upgradeRequest.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        probe.Connection.RemoteIpAddress = upgradeRequest.Connection.RemoteIpAddress;
        probe.Request.Headers.Authorization = authorization;
        var result = await probe.AuthenticateAsync();
        return result.Succeeded && HubCaller.From(result.Principal).IsAuthenticated ? result.Principal : null;
    }

    private static string? AuthorizationOf(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } init)
        {
            return null;
        }

        foreach (var property in init.EnumerateObject())
        {
            if (string.Equals(property.Name, AuthorizationKey, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }
}

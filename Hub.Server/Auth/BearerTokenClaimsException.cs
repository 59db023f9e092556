namespace Hub.Server.Auth;

/// <summary>A signed token whose claims the hub refuses (<see cref="BearerTokenClaims"/>); its message is the one the client gets.</summary>
internal sealed class BearerTokenClaimsException(string message) : Exception(message);

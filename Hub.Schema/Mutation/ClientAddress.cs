using System.Net;
using GraphQL;

namespace Hub.Schema.Mutation;

/// <summary>
/// The client address a transport received the request from, handed to the mutations through the user context
/// (the schema knows nothing of HTTP): refusals of anonymous writes are limited per address. An execution that
/// carries none (in process, no transport) is not limited.
/// </summary>
public static class ClientAddress
{
    private const string UserContextKey = "Hub.ClientAddress";

    /// <summary>The address as the HTTP rate limiter names it, <c>unknown</c> when the transport has none (an in-memory test server).</summary>
    public static string NameOf(IPAddress? address) => address?.ToString() ?? "unknown";

    public static void Carry(ExecutionOptions options, IPAddress? address)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UserContext[UserContextKey] = NameOf(address);
    }

    internal static string? Of(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(UserContextKey, out var address) ? address as string : null;
}

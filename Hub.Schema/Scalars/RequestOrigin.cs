using GraphQL;

namespace Hub.Schema.Scalars;

/// <summary>
/// The address a client reached the hub by (<c>https://host[/base]</c>), handed to the schema through the request's
/// user context so that links the hub gives about itself point back where the client can follow them.
/// </summary>
public static class RequestOrigin
{
    private const string UserContextKey = "Hub.RequestOrigin";

    public static void Carry(ExecutionOptions options, string origin)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UserContext[UserContextKey] = origin;
    }

    internal static string? Of(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(UserContextKey, out var origin) ? origin as string : null;
}

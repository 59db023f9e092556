namespace Hub.Server.Cors;

/// <summary>Reads a configured origin: <c>scheme://host[:port]</c> with http or https, nothing before the host, nothing after the port.</summary>
internal static class HubCorsOrigin
{
    public const string Example = "https://bureau.example.cn";

    /// <summary>
    /// The origin as browsers serialise it (scheme and host in lower case, no default port), or null and why
    /// <paramref name="value"/> is not an origin.
    /// </summary>
    public static string? Normalize(string? value, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            problem = "an entry is empty";
            return null;
        }

        var text = value.Trim();
        if (text.Contains('*', StringComparison.Ordinal))
        {
            problem = $"'{text}' holds a wildcard; list every origin itself (anonymous reading is open to every origin anyway)";
            return null;
        }

        var separator = text.IndexOf("://", StringComparison.Ordinal);
        if (separator < 0 || !Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            problem = $"'{text}' is not scheme://host[:port]";
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            problem = $"'{text}' is not http:// or https://";
            return null;
        }

        if (text.AsSpan(separator + 3).IndexOfAny('/', '?', '#') >= 0)
        {
            problem = $"'{text}' has a path, query or fragment (not even a trailing '/' belongs to an origin)";
            return null;
        }

        if (uri.UserInfo.Length > 0 || string.IsNullOrEmpty(uri.Host))
        {
            problem = $"'{text}' is not scheme://host[:port]";
            return null;
        }

        return uri.IsDefaultPort ? $"{uri.Scheme}://{uri.IdnHost}" : $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}";
    }
}

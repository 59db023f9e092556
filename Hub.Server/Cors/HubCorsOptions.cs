namespace Hub.Server.Cors;

/// <summary>Which web sites other than the hub's own may call it from a browser (<c>Hub:Cors</c>).</summary>
public sealed class HubCorsOptions
{
    public const string Section = "Hub:Cors";

    /// <summary>
    /// Origins (<c>scheme://host[:port]</c>, exactly as a browser sends them in <c>Origin</c>) whose pages may send
    /// credentials: an <c>Authorization</c> or <c>X-Api-Key</c> header, or cookies. Every other origin may still
    /// read anonymously. Empty by default: no site may call the hub with credentials.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>How long a browser may keep a preflight's answer (<c>Access-Control-Max-Age</c>); Chromium keeps at most 7200.</summary>
    public int PreflightMaxAgeSeconds { get; set; } = 600;
}

using Hub.Server.WebAssets;
using Microsoft.Net.Http.Headers;

namespace Hub.Server.GraphiQL;

/// <summary>Sends the IDE's page, told where its files are (<c>&lt;base href&gt;</c>) so that it works under any path base.</summary>
internal sealed class GraphiQLPageEndpoint(string template, string assetsPath)
{
    /// <summary>
    /// The IDE loads nothing from elsewhere, and this policy makes the browser hold it to that: scripts, styles,
    /// fonts and workers from this server only, and connections only back to it: fetch, and the subscription
    /// WebSocket, named with both schemes because not every browser counts ws(s) as <c>'self'</c> and a TLS proxy
    /// in front may change the scheme. Styles may be inline because Monaco sets them at run time.
    /// </summary>
    private static string ContentSecurityPolicy(HostString host) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + $"connect-src 'self' ws://{host} wss://{host}; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors 'self'";

    public Task HandleAsync(HttpContext context)
    {
        var page = WebAssetBundle.WithBase(template, $"{context.Request.PathBase}{assetsPath}/");

        var headers = context.Response.Headers;
        // The same URL answers GraphQL clients with JSON: caches must keep the two apart.
        headers.Vary = HeaderNames.Accept;
        headers.CacheControl = "no-cache";
        headers.ContentSecurityPolicy = ContentSecurityPolicy(context.Request.Host);
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(page, context.RequestAborted);
    }
}

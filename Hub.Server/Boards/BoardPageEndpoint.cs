using Hub.Server.WebAssets;

namespace Hub.Server.Boards;

/// <summary>Sends one board's page, told where the boards' files are (<c>&lt;base href&gt;</c>) so that it works under any path base.</summary>
internal sealed class BoardPageEndpoint(string template, string assetsPath)
{
    /// <summary>
    /// The boards load nothing from elsewhere and talk only to this server's own API (fetch and graphql-sse, both
    /// plain HTTP). Inline styles are allowed because chart libraries set them at run time; scripts are not.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public Task HandleAsync(HttpContext context)
    {
        var page = WebAssetBundle.WithBase(template, $"{context.Request.PathBase}{assetsPath}/");
        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        context.Response.ContentType = "text/html; charset=utf-8";
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.WriteAsync(page, context.RequestAborted);
    }
}

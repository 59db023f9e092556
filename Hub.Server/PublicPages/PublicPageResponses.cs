using Hub.Server.Http;
using Microsoft.Extensions.Options;

namespace Hub.Server.PublicPages;

/// <summary>
/// Sends a page. A 200 page is the same for every visitor (it is built as the anonymous caller), so it is cached
/// exactly like the public listing over GraphQL: strong ETag, <c>public, max-age</c>, 304 on a match. A refusal or a
/// missing page is not kept, so a project published a moment later is found at once.
/// </summary>
internal static class PublicPageResponses
{
    private const string Html = "text/html; charset=utf-8";

    public static Task WriteAsync(HttpContext context, int status, string page)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = PublicPageLayout.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        var body = System.Text.Encoding.UTF8.GetBytes(page);
        if (status == StatusCodes.Status200OK)
        {
            var options = context.RequestServices.GetRequiredService<IOptions<PublicListingCacheOptions>>();
            return new PublicListingCache(options).WriteSharedAsync(context, body, Html);
        }

        headers.CacheControl = "no-store";
        context.Response.StatusCode = status;
        context.Response.ContentType = Html;
        context.Response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    /// <summary>A page that only says what went wrong, in Chinese, with the way back to the listing.</summary>
    public static Task WriteMessageAsync(HttpContext context, int status, string title, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        var main = new HtmlWriter()
            .Element("h1", title)
            .Element("p", message, ("class", "notice"))
            .Open("p").Link("/projects", "返回公益项目列表").Close("p");
        var canonical = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{context.Request.Path}";
        return WriteAsync(context, status, PublicPageLayout.Page(title, message, canonical, main));
    }

    /// <summary>The database was away while the page was read: 503 with Retry-After, as the GraphQL endpoint answers.</summary>
    public static Task WriteUnavailableAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = Hub.Data.Diagnostics.DatabaseAvailability.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return WriteMessageAsync(context, StatusCodes.Status503ServiceUnavailable, "暂时无法显示", "平台暂时无法读取数据，请稍后再试。");
    }
}

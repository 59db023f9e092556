using Microsoft.Net.Http.Headers;

namespace Hub.Server.WebAssets;

/// <summary>
/// Sends the files of a page bundle: gzip-compressed when the client takes it, cached for good under their hashed names,
/// and answered with 304 when the client already holds the same bytes.
/// </summary>
internal sealed class WebAssetEndpoint(WebAssetBundle assets)
{
    public const string PathParameter = "path";

    private const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.RouteValues[PathParameter] as string;
        if (path is null || !assets.TryGet(path, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var gzip = asset.Compressible && AcceptsGzip(context.Request);
        var representation = gzip ? asset.Gzip : asset.Identity;
        var headers = context.Response.Headers;
        headers.ETag = representation.ETag.ToString();
        headers.CacheControl = asset.Immutable ? ImmutableCacheControl : "no-cache";
        headers.XContentTypeOptions = "nosniff";
        if (asset.Compressible)
        {
            headers.Vary = HeaderNames.AcceptEncoding;
        }

        if (IsCurrent(context.Request, representation.ETag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = asset.ContentType;
        context.Response.ContentLength = representation.Content.Length;
        if (gzip)
        {
            headers.ContentEncoding = "gzip";
        }

        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(representation.Content, context.RequestAborted);
        }
    }

    private static bool AcceptsGzip(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var codings))
        {
            return false;
        }

        double? gzip = null, wildcard = null;
        foreach (var coding in codings)
        {
            var quality = coding.Quality ?? 1d;
            if (coding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase))
            {
                gzip = quality;
            }
            else if (coding.Value.Equals("*", StringComparison.Ordinal))
            {
                wildcard = quality;
            }
        }

        return (gzip ?? wildcard ?? 0) > 0;
    }

    private static bool IsCurrent(HttpRequest request, EntityTagHeaderValue etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
}

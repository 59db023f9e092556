using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.StaticFiles;

namespace Hub.Server.WebAssets;

/// <summary>
/// One npm project's build as Hub.Server.csproj embeds it under a resource name prefix (<c>GraphiQL/</c>,
/// <c>Boards/</c>): its pages (the .html files at the top, templates the server completes) and the files they load.
/// </summary>
internal sealed class WebAssetBundle
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly HashSet<string> CompressibleExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".js", ".mjs", ".css", ".html", ".json", ".svg", ".ttf", ".txt", ".map",
    };

    private readonly Dictionary<string, string> _pages;
    private readonly Dictionary<string, WebAsset> _files;

    private WebAssetBundle(Dictionary<string, string> pages, Dictionary<string, WebAsset> files)
    {
        _pages = pages;
        _files = files;
    }

    /// <summary>
    /// The bundle under <paramref name="resourcePrefix"/> in <paramref name="assembly"/>, or null when the assembly
    /// was built without it (-p:HubGraphiQL=false, -p:HubBoards=false).
    /// </summary>
    public static WebAssetBundle? Load(Assembly assembly, string resourcePrefix)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new Dictionary<string, WebAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(resourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var path = name[resourcePrefix.Length..];
            if (!path.Contains('/', StringComparison.Ordinal) && path.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            {
                pages[path] = Encoding.UTF8.GetString(WebAsset.Read(assembly, name));
                continue;
            }

            if (!ContentTypes.TryGetContentType(path, out var contentType))
            {
                contentType = "application/octet-stream";
            }
            else if (contentType.StartsWith("text/", StringComparison.Ordinal))
            {
                // Vite writes UTF-8; saying so spares the browser a guess from the referring page.
                contentType += "; charset=utf-8";
            }

            var compressible = CompressibleExtensions.Contains(System.IO.Path.GetExtension(path));
            files[path] = new WebAsset(assembly, name, path, contentType, compressible);
        }

        return pages.Count == 0 ? null : new WebAssetBundle(pages, files);
    }

    /// <summary>A page of the bundle (<c>index.html</c>, <c>live.html</c>) as Vite wrote it.</summary>
    public bool TryGetPage(string name, [NotNullWhen(true)] out string? page) => _pages.TryGetValue(name, out page);

    public bool TryGet(string path, [NotNullWhen(true)] out WebAsset? asset) => _files.TryGetValue(path, out asset);

    /// <summary>
    /// <paramref name="page"/> told where its files are (<c>&lt;base href&gt;</c>), so that its relative references
    /// work under any path base and from any address the page is served at.
    /// </summary>
    public static string WithBase(string page, string baseHref)
    {
        const string Head = "<head>";
        var head = page.IndexOf(Head, StringComparison.OrdinalIgnoreCase);
        return head < 0
            ? page
            : page.Insert(head + Head.Length, $"\n    <base href=\"{HtmlEncoder.Default.Encode(baseHref)}\" />");
    }
}

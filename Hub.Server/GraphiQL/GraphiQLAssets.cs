using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.StaticFiles;

namespace Hub.Server.GraphiQL;

/// <summary>
/// The IDE as Vite built it, read from the resources Hub.Server.csproj embeds under the name prefix
/// <c>GraphiQL/</c>: the page template (index.html) and the files it loads.
/// </summary>
internal sealed class GraphiQLAssets
{
    private const string ResourcePrefix = "GraphiQL/";
    private const string PageResource = ResourcePrefix + "index.html";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly HashSet<string> CompressibleExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".js", ".mjs", ".css", ".html", ".json", ".svg", ".ttf", ".txt", ".map",
    };

    private readonly Dictionary<string, GraphiQLAsset> _files;

    private GraphiQLAssets(string page, Dictionary<string, GraphiQLAsset> files)
    {
        Page = page;
        _files = files;
    }

    /// <summary>index.html: it becomes the page once the server has told it where the files are.</summary>
    public string Page { get; }

    /// <summary>The IDE in <paramref name="assembly"/>, or null when the assembly was built without it (-p:HubGraphiQL=false).</summary>
    public static GraphiQLAssets? Load(Assembly assembly)
    {
        string? page = null;
        var files = new Dictionary<string, GraphiQLAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (name == PageResource)
            {
                page = Encoding.UTF8.GetString(GraphiQLAsset.Read(assembly, name));
                continue;
            }

            var path = name[ResourcePrefix.Length..];
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
            files[path] = new GraphiQLAsset(assembly, name, path, contentType, compressible);
        }

        return page is null ? null : new GraphiQLAssets(page, files);
    }

    public bool TryGet(string path, [NotNullWhen(true)] out GraphiQLAsset? asset) => _files.TryGetValue(path, out asset);
}

using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Hub.Server.WebAssets;

/// <summary>
/// One file of a page bundle Vite built (the GraphiQL IDE, the boards). Its bytes, entity tag and (for text) gzip
/// copy are made on first request and then kept: a server whose pages nobody opens spends no memory on them.
/// </summary>
internal sealed class WebAsset
{
    private readonly Lazy<Representation> _identity;
    private readonly Lazy<Representation>? _gzip;

    public WebAsset(Assembly assembly, string resourceName, string path, string contentType, bool compressible)
    {
        Path = path;
        ContentType = contentType;
        _identity = new Lazy<Representation>(() => Representation.Of(Read(assembly, resourceName), string.Empty));
        _gzip = compressible ? new Lazy<Representation>(() => Representation.Of(Compress(_identity.Value.Content), "-gzip")) : null;
    }

    /// <summary>Path below the bundle's folder, with forward slashes (<c>assets/index-1a2b3c.js</c>).</summary>
    public string Path { get; }

    public string ContentType { get; }

    public bool Compressible => _gzip is not null;

    /// <summary>Vite puts a content hash into every file name under <c>assets/</c>: such a URL never changes meaning.</summary>
    public bool Immutable => Path.StartsWith("assets/", StringComparison.Ordinal);

    public Representation Identity => _identity.Value;

    public Representation Gzip => (_gzip ?? throw new InvalidOperationException($"{Path} is not sent compressed.")).Value;

    public static byte[] Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The resource {resourceName} is listed but cannot be read.");
        using var buffer = new MemoryStream((int)stream.Length);
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static byte[] Compress(byte[] content)
    {
        using var buffer = new MemoryStream(content.Length / 3);
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }

    /// <summary>The bytes of one encoding of the file and their tag; each encoding needs its own tag (RFC 9110 8.8.3).</summary>
    internal sealed record Representation(byte[] Content, EntityTagHeaderValue ETag)
    {
        public static Representation Of(byte[] content, string tagSuffix) =>
            new(content, new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12))}{tagSuffix}\""));
    }
}

using System.Security.Cryptography;
using Hub.Data.Audit;

namespace Hub.Schema.Scalars;

/// <summary>
/// A file sent as a part of a multipart request (graphql-multipart-request-spec), the value of an <c>Upload</c>
/// argument. Small files stay in memory; larger ones are spooled to a temporary file while they arrive, so a 20 MB
/// upload never sits in memory whole before a resolver asks for it. The request that received it disposes of it.
/// </summary>
public sealed class UploadedFile : IAuditValue, IDisposable
{
    /// <summary>Up to this many bytes a file is kept in memory; past it, on disk.</summary>
    public const int InMemoryBytes = 64 * 1024;

    private readonly byte[]? _bytes;
    private readonly string? _path;

    private UploadedFile(string? fileName, string? contentType, long length, string sha256, byte[]? bytes, string? path)
    {
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        Sha256 = sha256;
        _bytes = bytes;
        _path = path;
    }

    /// <summary>The name the client gave the part (<c>filename</c> of its Content-Disposition), or null.</summary>
    public string? FileName { get; }

    public string? ContentType { get; }

    public long Length { get; }

    /// <summary>The SHA-256 digest of the bytes, lowercase hex.</summary>
    public string Sha256 { get; }

    /// <summary>Name, size and digest: which file it was, without the bytes.</summary>
    public object? AuditSummary => new Dictionary<string, object?>
    {
        ["fileName"] = FileName,
        ["size"] = Length,
        ["sha256"] = Sha256,
    };

    /// <summary>A fresh read-only stream over the bytes, from the start; the caller disposes of it.</summary>
    public Stream OpenRead() => _bytes is not null
        ? new MemoryStream(_bytes, writable: false)
        : new FileStream(_path!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 16 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);

    /// <summary>A file from bytes already at hand (tests, in-process callers).</summary>
    public static UploadedFile FromBytes(string? fileName, string? contentType, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new UploadedFile(fileName, contentType, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes, null);
    }

    /// <summary>
    /// Reads <paramref name="source"/> to its end, hashing as it goes, or returns null as soon as it passes
    /// <paramref name="maxBytes"/>: the rest is never stored.
    /// </summary>
    public static async Task<UploadedFile?> ReceiveAsync(Stream source, string? fileName, string? contentType, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var memory = new MemoryStream();
        FileStream? spool = null;
        string? path = null;
        var length = 0L;
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    return null;
                }

                hash.AppendData(chunk, 0, read);
                if (spool is null && memory.Length + read > InMemoryBytes)
                {
                    path = Path.Combine(Path.GetTempPath(), "datahub-upload-" + Guid.NewGuid().ToString("N"));
                    spool = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16 * 1024, FileOptions.Asynchronous);
                    memory.Position = 0;
                    await memory.CopyToAsync(spool, cancellationToken);
                    memory = new MemoryStream();
                }

                if (spool is not null)
                {
                    await spool.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
                }
                else
                {
                    memory.Write(chunk, 0, read);
                }
            }

            if (spool is not null)
            {
                await spool.DisposeAsync();
                spool = null;
            }

            var file = new UploadedFile(fileName, contentType, length, Convert.ToHexStringLower(hash.GetHashAndReset()), path is null ? memory.ToArray() : null, path);
            path = null;
            return file;
        }
        finally
        {
            if (spool is not null)
            {
                await spool.DisposeAsync();
            }

            if (path is not null)
            {
                File.Delete(path);
            }
        }
    }

    public void Dispose()
    {
        if (_path is not null)
        {
            File.Delete(_path);
        }
    }

    public override string ToString() => $"{FileName} ({Length} bytes, sha256 {Sha256})";
}

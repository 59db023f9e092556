using System.ComponentModel.DataAnnotations;

namespace Hub.Server.Http;

/// <summary>Settings of file uploads by the GraphQL multipart request spec (<c>Hub:Uploads:*</c>).</summary>
public sealed class GraphQLUploadOptions
{
    public const string Section = "Hub:Uploads";

    /// <summary>
    /// Largest accepted file part. Checked while the part arrives: the bytes past it are never stored, and the
    /// request is refused with 413 FILE_TOO_LARGE. 20 MB is what the monthly-report importer reads at most.
    /// </summary>
    [Range(typeof(long), "1", "9223372036854775807")]
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Most files one request may carry (entries of its <c>map</c>); more is refused with TOO_MANY_FILES.</summary>
    [Range(1, 1000)]
    public int MaxFiles { get; set; } = 10;
}

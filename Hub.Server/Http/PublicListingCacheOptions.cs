using System.ComponentModel.DataAnnotations;

namespace Hub.Server.Http;

/// <summary>How long browsers and proxies may keep the public project listing (<c>Hub:PublicProjects</c>).</summary>
public sealed class PublicListingCacheOptions
{
    public const string Section = "Hub:PublicProjects";

    /// <summary>Seconds a cache may serve an answer without asking again (Cache-Control max-age); 0 makes every client revalidate.</summary>
    [Range(0, int.MaxValue)]
    public int MaxAgeSeconds { get; set; } = 300;
}

using System.ComponentModel.DataAnnotations;

namespace Hub.Server.Http;

/// <summary>Settings of the GraphQL-over-HTTP endpoint (<c>Hub:Http:*</c>).</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "Hub:Http";

    /// <summary>
    /// Largest accepted POST body. Real queries are a few kilobytes; the limit stops a client from making the
    /// server buffer and parse megabytes of JSON before anything has been validated.
    /// </summary>
    [Range(typeof(long), "1", "9223372036854775807")]
    public long MaxRequestBodyBytes { get; set; } = 100 * 1024;

    /// <summary>
    /// Whether queries may be sent with GET. GET makes queries cacheable by proxies and browsers; mutations are
    /// never run over GET whatever this says, because GET must be safe.
    /// </summary>
    public bool AllowGet { get; set; } = true;
}

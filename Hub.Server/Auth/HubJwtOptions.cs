using System.ComponentModel.DataAnnotations;
using Hub.Data;

namespace Hub.Server.Auth;

/// <summary>
/// How the hub checks JWT bearer tokens (<c>Hub:Auth:Jwt:*</c>): tokens signed with HS256 by a bureau's identity
/// provider, carrying the <see cref="Hub.Schema.Access.HubClaimTypes"/> claims. Without a signing key the hub
/// accepts no tokens at all.
/// </summary>
public sealed class HubJwtOptions
{
    public const string Section = "Hub:Auth:Jwt";

    [Required]
    public string Issuer { get; set; } = "datahub";

    [Required]
    public string Audience { get; set; } = "datahub";

    /// <summary>The shared HS256 key, at least 32 bytes of UTF-8; empty switches bearer tokens off.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>How far the clocks of the issuer and the hub may disagree.</summary>
    [Range(typeof(TimeSpan), HubOptionsValidation.NoTime, HubOptionsValidation.LongestTime)]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
}

namespace Hub.Server.RateLimiting;

/// <summary>One partition of <see cref="HubRateLimiter"/>: an allowance and whose it is (a subject, a role's name, or an address).</summary>
internal readonly record struct HubRateLimitKey(HubRateLimitBucket Bucket, string Identity);

namespace Hub.Server.RateLimiting;

/// <summary>Which allowance a partition counts.</summary>
internal enum HubRateLimitBucket
{
    /// <summary>Requests and socket operations of one API key or token subject.</summary>
    Caller,

    /// <summary>Requests and socket operations of one anonymous client address.</summary>
    Address,

    /// <summary>Audited refusals of anonymous writes from one client address.</summary>
    RefusedAnonymousWrite,
}

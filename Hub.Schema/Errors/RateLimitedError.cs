using GraphQL;

namespace Hub.Schema.Errors;

/// <summary>
/// A caller over one of its allowances (<see cref="HubErrorCodes.RateLimited"/>); <see cref="RetryAfter"/> is when
/// its window lets it try again, which HTTP sends as <c>Retry-After</c>.
/// </summary>
public sealed class RateLimitedError : ExecutionError
{
    public RateLimitedError(string message, TimeSpan retryAfter)
        : base(message)
    {
        Code = HubErrorCodes.RateLimited;
        RetryAfter = retryAfter;
    }

    public TimeSpan RetryAfter { get; }
}

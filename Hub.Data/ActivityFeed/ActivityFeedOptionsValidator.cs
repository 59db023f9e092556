using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Data.ActivityFeed;

/// <summary>A <see cref="ActivityFeedOptions.Redis"/> that StackExchange.Redis cannot read stops the server at start, not when the feed connects.</summary>
internal sealed class ActivityFeedOptionsValidator : IValidateOptions<ActivityFeedOptions>
{
    public ValidateOptionsResult Validate(string? name, ActivityFeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.UsesRedis)
        {
            return ValidateOptionsResult.Success;
        }

        try
        {
            ConfigurationOptions.Parse(options.Redis!);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException exception)
        {
            // Not the value itself: it may hold the Redis password.
            return ValidateOptionsResult.Fail(
                $"{ActivityFeedOptions.Section}:{nameof(ActivityFeedOptions.Redis)} is not a StackExchange.Redis configuration string (for example 127.0.0.1:6379): {exception.Message}");
        }
    }
}

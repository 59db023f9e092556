using System.ComponentModel.DataAnnotations;

namespace Hub.Data.ActivityFeed;

/// <summary>How the live activity feed holds and carries events (<c>Hub:ActivityFeed:*</c>).</summary>
public sealed class ActivityFeedOptions
{
    public const string Section = "Hub:ActivityFeed";

    /// <summary>
    /// Events one subscriber may have waiting. A subscriber whose buffer is full loses its oldest waiting event
    /// (and is told how many it lost with the next one it receives); the publisher and the other subscribers
    /// never wait for it.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int BufferSize { get; set; } = 100;

    /// <summary>
    /// A StackExchange.Redis configuration string (for example <c>127.0.0.1:6379</c>). When set, events travel
    /// through Redis pub/sub so that subscribers of every server instance receive them; when empty, the feed
    /// stays inside this process.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Whether events travel through Redis (<see cref="Redis"/> is set).</summary>
    public bool UsesRedis => !string.IsNullOrWhiteSpace(Redis);

    /// <summary>The Redis pub/sub channel; instances that share it share their events.</summary>
    [Required]
    public string RedisChannel { get; set; } = "datahub:activity-recorded";
}

namespace Hub.Data.ActivityFeed;

/// <summary>
/// What travels on the Redis channel: the event and the instance that recorded it, so that instance can skip its
/// own message (its subscribers already had the event straight from <see cref="ActivityFanout"/>).
/// </summary>
internal sealed record RedisActivityMessage(string Origin, ActivityRecorded Activity);

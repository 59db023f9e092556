namespace Hub.Data.ActivityFeed;

/// <summary>One event as a subscriber reads it, with how many events its full buffer lost just before this one.</summary>
public sealed record ActivityFeedItem(ActivityRecorded Recorded, long DroppedBefore);

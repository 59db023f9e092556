using Hub.Data.ActivityFeed;
using Hub.Data.Model;

namespace Hub.Tests.ActivityFeed;

/// <summary>
/// The fan-out's buffer policy, on the class itself because it involves no database and no transport: a slow
/// subscriber loses its oldest events and learns how many, the publisher never waits, and leaving or shutting
/// down frees the subscriber.
/// </summary>
public sealed class ActivityFanoutTests
{
    [Fact]
    public async Task A_full_buffer_drops_the_oldest_events_and_the_next_one_read_says_how_many()
    {
        var fanout = new ActivityFanout(new ActivityFeedOptions { BufferSize = 3 });
        using var slow = fanout.Subscribe(ActivityFeedFilter.Everything);
        using var other = fanout.Subscribe(ActivityFeedFilter.Everything);

        for (var id = 1; id <= 10; id++)
        {
            fanout.Deliver(Recorded(id));
        }

        Assert.Equal(3, slow.Waiting);
        Assert.Equal(7, slow.Dropped);
        var read = await ReadAsync(slow, 3);
        Assert.Equal([8, 9, 10], read.Select(i => i.Recorded.ActivityId));
        Assert.Equal([7L, 0L, 0L], read.Select(i => i.DroppedBefore));
        Assert.Equal(0, slow.Dropped);
        Assert.Equal(3, other.Waiting);
    }

    [Fact]
    public async Task Filters_match_any_region_above_the_station_the_station_and_the_kinds()
    {
        var fanout = new ActivityFanout(new ActivityFeedOptions());
        using var district = fanout.Subscribe(new ActivityFeedFilter("370112", null, null));
        using var station = fanout.Subscribe(new ActivityFeedFilter(null, 2, null));
        using var kinds = fanout.Subscribe(new ActivityFeedFilter(null, null, new HashSet<ActivityKind> { ActivityKind.Training }));

        fanout.Deliver(Recorded(1, stationId: 1, regions: ["37", "3701", "370112", "370112001"], kind: ActivityKind.GroupWork));
        fanout.Deliver(Recorded(2, stationId: 2, regions: ["37", "3701", "370102"], kind: ActivityKind.Training));

        Assert.Equal([1], (await ReadAsync(district, 1)).Select(i => i.Recorded.ActivityId));
        Assert.Equal([2], (await ReadAsync(station, 1)).Select(i => i.Recorded.ActivityId));
        Assert.Equal([2], (await ReadAsync(kinds, 1)).Select(i => i.Recorded.ActivityId));
        Assert.Equal(0, district.Waiting + station.Waiting + kinds.Waiting);
    }

    [Fact]
    public async Task Leaving_frees_the_subscriber_and_shutting_down_ends_every_feed()
    {
        var fanout = new ActivityFanout(new ActivityFeedOptions());
        var leaving = fanout.Subscribe(ActivityFeedFilter.Everything);
        using var staying = fanout.Subscribe(ActivityFeedFilter.Everything);
        Assert.Equal(2, fanout.SubscriberCount);

        leaving.Dispose();
        Assert.Equal(1, fanout.SubscriberCount);

        fanout.Deliver(Recorded(1));
        fanout.CompleteAll();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var remaining = new List<int>();
        await foreach (var item in staying.ReadAllAsync(timeout.Token))
        {
            remaining.Add(item.Recorded.ActivityId);
        }

        Assert.Equal([1], remaining);
        using var late = fanout.Subscribe(ActivityFeedFilter.Everything);
        Assert.Equal(1, fanout.SubscriberCount);
        Assert.Empty(await late.ReadAllAsync(timeout.Token).ToListAsync(timeout.Token));
    }

    private static ActivityRecorded Recorded(int id, int stationId = 1, string[]? regions = null, ActivityKind kind = ActivityKind.CommunityWork) =>
        new(id, stationId, null, kind, $"活动 {id}", new DateOnly(2025, 3, 1), null, null, null, null, null, DateTime.UtcNow, regions ?? ["37"]);

    private static async Task<List<ActivityFeedItem>> ReadAsync(ActivityFeedSubscription subscription, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var items = new List<ActivityFeedItem>();
        await foreach (var item in subscription.ReadAllAsync(timeout.Token))
        {
            items.Add(item);
            if (items.Count == count)
            {
                break;
            }
        }

        return items;
    }
}
